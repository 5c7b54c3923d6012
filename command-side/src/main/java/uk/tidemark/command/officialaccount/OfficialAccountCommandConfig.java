package uk.tidemark.command.officialaccount;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Scope;
import uk.tidemark.command.deadline.TimescaleOverrides;

import java.util.Map;

/** Command-side wiring of the official accounts register: its timescales, as a handler parameter. */
@Configuration(proxyBeanMethods = false)
public class OfficialAccountCommandConfig {

    public static final String DBS_RENEWAL_YEARS = "tidemark.official-accounts.dbs-renewal-years";
    public static final String HANDOVER_DAYS = "tidemark.official-accounts.handover-days";

    /** A prototype, as the other timescales: an administrator's change applies to the next command (decision 0016). */
    @Bean
    @Scope(BeanDefinition.SCOPE_PROTOTYPE)
    OfficialAccountTimescales officialAccountTimescales(@Value("${" + DBS_RENEWAL_YEARS + ":3}") int dbsRenewalYears,
                                                        @Value("${" + HANDOVER_DAYS + ":5}") int handoverDays,
                                                        ObjectProvider<TimescaleOverrides> overrides) {
        Map<String, Integer> now = overrides.getIfAvailable(() -> TimescaleOverrides.NONE).current();
        return new OfficialAccountTimescales(now.getOrDefault(DBS_RENEWAL_YEARS, dbsRenewalYears),
                now.getOrDefault(HANDOVER_DAYS, handoverDays));
    }
}
