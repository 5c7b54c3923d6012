package uk.tidemark.app.ops;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.tidemark.query.incident.IncidentProjection;
import uk.tidemark.query.support.BatchedDocuments;

/**
 * The {@code incidents} projections write their documents once per batch (BatchedDocuments,
 * docs/decisions/0022-batched-projection-writes.md). The pooled processor stores the batch's token in the first
 * prepare-commit handler of the batch, registered before any event is handled, and the Mongo token store has no
 * transaction: this interceptor writes the batch's documents when its last event has been handled, so before the
 * token. A token stored first would lose the batch's changes if the process died in between.
 */
@Configuration(proxyBeanMethods = false)
public class BatchedProjectionWrites {

    @Bean // static: Axon collects configurer modules before this class's own dependencies exist
    static ConfigurerModule documentsBeforeToken() {
        return configurer -> configurer.eventProcessing().registerHandlerInterceptor(
                IncidentProjection.PROCESSING_GROUP, config -> BatchedDocuments.flushAtEndOfBatch());
    }
}
