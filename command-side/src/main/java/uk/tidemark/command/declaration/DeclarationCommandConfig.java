package uk.tidemark.command.declaration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import uk.tidemark.command.deadline.TimescaleOverrides;

import java.util.Map;

/** Command-side wiring of the declarations: the decision timescale, a handler parameter as the complaint's. */
@Configuration(proxyBeanMethods = false)
public class DeclarationCommandConfig {

    public static final String DECISION_DAYS = "tidemark.declarations.decision-days";

    /** A prototype, so that each command gets the timescale in force at that moment. */
    @Bean
    @Scope(BeanDefinition.SCOPE_PROTOTYPE)
    DeclarationTimescales declarationTimescales(@Value("${" + DECISION_DAYS + ":5}") int decisionDays,
                                                ObjectProvider<TimescaleOverrides> overrides) {
        Map<String, Integer> now = overrides.getIfAvailable(() -> TimescaleOverrides.NONE).current();
        return new DeclarationTimescales(now.getOrDefault(DECISION_DAYS, decisionDays));
    }
}
