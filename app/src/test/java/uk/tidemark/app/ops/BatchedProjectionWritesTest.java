package uk.tidemark.app.ops;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.query.support.BatchedDocuments;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The incidents processor writes each batch's documents before it stores the batch's token (the Mongo token store has
 * no transaction, and the processor stores the token in the batch's first prepare-commit handler): the interceptor
 * that does it must be on that processor (docs/decisions/0022-batched-projection-writes.md).
 */
@RunningApp
class BatchedProjectionWritesTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void theIncidentsProcessorWritesItsBatchBeforeItsToken() {
        AbstractEventProcessor incidents = processing.eventProcessor("incidents", AbstractEventProcessor.class)
                .orElseThrow();
        assertThat(incidents.getHandlerInterceptors())
                .anyMatch(interceptor -> interceptor instanceof BatchedDocuments.FlushAtEndOfBatch);

        String id = cases.logAndAwait(caseBody()).path("id").asText();
        assertThat(api.get(DSL_A, "/api/incidents/" + id + "/chronology").json().size()).isPositive();
    }
}
