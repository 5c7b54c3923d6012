package uk.tidemark.command.incident;

import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Command-side wiring of the incident case that Axon's auto-configuration cannot guess. */
@Configuration(proxyBeanMethods = false)
public class IncidentCommandConfig {

    /** Named in {@code @Aggregate(commandTargetResolver = ...)} on {@link IncidentAggregate}: keep the names in step. */
    @Bean
    CommandTargetResolver incidentTargetResolver() {
        return new MetadataVersionTargetResolver();
    }
}
