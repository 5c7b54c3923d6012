package uk.tidemark.command.officialaccount;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Command-side wiring of the official accounts register: its timescales, as a handler parameter. */
@Configuration(proxyBeanMethods = false)
public class OfficialAccountCommandConfig {

    public static final String DBS_RENEWAL_YEARS = "tidemark.official-accounts.dbs-renewal-years";
    public static final String HANDOVER_DAYS = "tidemark.official-accounts.handover-days";

    @Bean
    OfficialAccountTimescales officialAccountTimescales(@Value("${" + DBS_RENEWAL_YEARS + ":3}") int dbsRenewalYears,
                                                        @Value("${" + HANDOVER_DAYS + ":5}") int handoverDays) {
        return new OfficialAccountTimescales(dbsRenewalYears, handoverDays);
    }
}
