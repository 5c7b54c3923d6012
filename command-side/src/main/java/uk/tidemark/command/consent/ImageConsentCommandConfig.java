package uk.tidemark.command.consent;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import uk.tidemark.command.deadline.TimescaleOverrides;

/**
 * Command-side wiring of the image consent register: the image removal timescale, configurable per deployment and
 * changed by an administrator at run time ({@link TimescaleOverrides}), as the complaint's timescales are.
 */
@Configuration(proxyBeanMethods = false)
public class ImageConsentCommandConfig {

    public static final String REMOVAL_WORKING_DAYS = "tidemark.image-consent.removal-working-days";

    /** A prototype: each command gets the timescale in force at that moment. */
    @Bean
    @Scope(BeanDefinition.SCOPE_PROTOTYPE)
    ImageRemovalTimescale imageRemovalTimescale(@Value("${" + REMOVAL_WORKING_DAYS + ":1}") int workingDays,
                                                ObjectProvider<TimescaleOverrides> overrides) {
        return new ImageRemovalTimescale(overrides.getIfAvailable(() -> TimescaleOverrides.NONE).current()
                .getOrDefault(REMOVAL_WORKING_DAYS, workingDays));
    }
}
