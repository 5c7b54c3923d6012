package uk.tidemark.command.incident;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import uk.tidemark.command.deadline.TimescaleOverrides;

import java.util.Map;

/** The incident retention schedule, from its properties under an administrator's run-time changes (decision 0052). */
@Configuration(proxyBeanMethods = false)
public class RetentionCommandConfig {

    public static final String CHILD_PROTECTION_YEARS = "tidemark.retention.child-protection-years";
    public static final String ALLEGATION_YEARS = "tidemark.retention.allegation-years";
    public static final String ONLINE_SAFETY_YEARS = "tidemark.retention.online-safety-years";

    /** A prototype, as the timescales: Axon asks for the handler parameter at each command, so a change applies at once. */
    @Bean
    @Scope(BeanDefinition.SCOPE_PROTOTYPE)
    RetentionSchedule retentionSchedule(
            @Value("${" + CHILD_PROTECTION_YEARS + ":25}") int childProtection,
            @Value("${" + ALLEGATION_YEARS + ":10}") int allegation,
            @Value("${" + ONLINE_SAFETY_YEARS + ":6}") int onlineSafety,
            ObjectProvider<TimescaleOverrides> overrides) {
        Map<String, Integer> now = overrides.getIfAvailable(() -> TimescaleOverrides.NONE).current();
        return new RetentionSchedule(now.getOrDefault(CHILD_PROTECTION_YEARS, childProtection),
                now.getOrDefault(ALLEGATION_YEARS, allegation), now.getOrDefault(ONLINE_SAFETY_YEARS, onlineSafety));
    }
}
