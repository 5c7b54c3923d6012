package uk.tidemark.command.policy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import uk.tidemark.command.deadline.TimescaleOverrides;

/** Command-side wiring of policies: the acknowledgement timescale, resolved at each command as a handler parameter. */
@Configuration(proxyBeanMethods = false)
public class PolicyCommandConfig {

    public static final String ACKNOWLEDGE_DAYS = "tidemark.policies.acknowledge-days";

    @Bean
    @Scope(BeanDefinition.SCOPE_PROTOTYPE)
    PolicyTimescales policyTimescales(@Value("${" + ACKNOWLEDGE_DAYS + ":10}") int acknowledgeDays,
                                      ObjectProvider<TimescaleOverrides> overrides) {
        return new PolicyTimescales(overrides.getIfAvailable(() -> TimescaleOverrides.NONE).current()
                .getOrDefault(ACKNOWLEDGE_DAYS, acknowledgeDays));
    }
}
