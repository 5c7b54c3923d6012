package uk.tidemark.command.versioning;

import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command target resolver every aggregate names in {@code @Aggregate(commandTargetResolver = ...)}: the
 * expected-version check (HTTP {@code If-Match}, carried as metadata) is the same for every kind of case.
 */
@Configuration(proxyBeanMethods = false)
public class VersioningConfig {

    public static final String TARGET_RESOLVER = "versionedTargetResolver";

    @Bean(TARGET_RESOLVER)
    CommandTargetResolver versionedTargetResolver() {
        return new MetadataVersionTargetResolver();
    }
}
