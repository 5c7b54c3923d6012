package uk.tidemark.app.web.cases;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.DSL_A;

/**
 * A create answers once the new case can be read as stored, not only its first event: logging a case stores the
 * report and its first-response deadline, and here the read side takes each in a batch of its own and is held two
 * seconds before the deadline. Read at once from the 201's {@code Location}, the case shows the version the event
 * store holds, and an action sent at once with that version as its If-Match is done, not refused as stale.
 */
@RunningApp
@TestPropertySource(properties = {"axon.eventhandling.processors.incidents.batch-size=1",
        "tidemark.api.create-read-wait=60s"})
@Import(CreatedCaseVersionTest.DeadlinesHeldBack.class)
class CreatedCaseVersionTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;

    /**
     * Holds the incidents processor two seconds before each deadline event. No stereotype: imported by this test
     * only, never scanned into another test's application.
     */
    static class DeadlinesHeldBack {
        /** static: Axon collects configurer modules before the configuration's own dependencies exist. */
        @Bean
        static ConfigurerModule deadlinesHeldBack() {
            return configurer -> configurer.eventProcessing().registerHandlerInterceptor("incidents", config -> {
                MessageHandlerInterceptor<EventMessage<?>> interceptor = (unitOfWork, chain) -> {
                    if (unitOfWork.getMessage().getPayload() instanceof DeadlineEvent) {
                        Thread.sleep(2_000);
                    }
                    return chain.proceed();
                };
                return interceptor;
            });
        }
    }

    @Test
    void aNewCaseIsReadAsStoredAndCanBeActedOnAtOnce() {
        Reply created = api.post(DSL_A, "/api/incidents", caseBody());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(cases.storedVersion(id)).as("the report and its first-response deadline").isEqualTo(1);

        Reply read = api.get(DSL_A, URI.create(created.header("Location")).getPath());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).as("the version the event store holds").isEqualTo("\"1\"");

        Reply triaged = api.post(DSL_A, "/api/incidents/" + id + "/triage",
                Map.of("severity", "LOW", "reason", "Looked at straight away"), read.header("ETag"));
        assertThat(triaged.status()).as("%s", triaged).isEqualTo(204);
    }
}
