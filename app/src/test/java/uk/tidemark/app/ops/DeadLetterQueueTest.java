package uk.tidemark.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.kernel.incident.event.IncidentTriaged;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * A poison event parks its own case, and only its case, in the incidents processor's dead-letter queue: the case's
 * later events wait behind it while other cases go on being projected; an administrator sees the group, the case id
 * and the cause's class (nothing of the event's content) and, once the cause is fixed, retries it; the case's read
 * model is then complete and the queue empty.
 * <p>
 * The poison is a test-only handler in the incidents processing group that throws on the triage of the cases in
 * {@link Poison#CASES}: production handlers are unchanged.
 */
@RunningApp
class DeadLetterQueueTest {

    @TestConfiguration
    static class Poison {
        /** Case ids whose triage the handler refuses, until the "fix" removes them. */
        static final Set<String> CASES = ConcurrentHashMap.newKeySet();

        @Bean
        PoisonedTriage poisonedTriage() {
            return new PoisonedTriage();
        }
    }

    /** Throws for a marked case, as a projection with a bug would for an event it cannot handle. */
    @ProcessingGroup("incidents")
    static class PoisonedTriage {
        @EventHandler
        public void on(IncidentTriaged e) {
            if (Poison.CASES.contains(e.incidentId().value())) {
                throw new IllegalStateException("poisoned for the test: " + e.reason());
            }
        }
    }

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;

    @Autowired
    MeterRegistry meters;

    @Test
    void aPoisonEventParksItsCaseOnlyAndIsRetriedOnceFixed() {
        String poisoned = cases.logAndAwait(caseBody()).path("id").asText();
        String healthy = cases.logAndAwait(caseBody()).path("id").asText();
        Poison.CASES.add(poisoned);

        for (String id : new String[]{poisoned, healthy}) {
            assertThat(api.post(DSL_A, "/api/incidents/" + id + "/triage",
                    Map.of("severity", "HIGH", "reason", "Named pupil, repeated posts")).status()).isEqualTo(204);
            assertThat(api.post(DSL_A, "/api/incidents/" + id + "/notes", Map.of("text", "Spoke to the form tutor"))
                    .status()).isEqualTo(201);
        }
        // logged, first-response deadline set, triaged, deadline met, note: version 4 in the store for both
        assertThat(cases.storedVersion(poisoned)).isEqualTo(4);
        assertThat(cases.storedVersion(healthy)).isEqualTo(4);

        // the healthy case is projected in full while the poisoned one is parked
        JsonNode healthyCase = cases.awaitVersion(DSL_A, healthy, 4);
        assertThat(healthyCase.path("severity").asText()).isEqualTo("HIGH");
        cases.awaitChronology(DSL_A, healthy, 3);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode parked = api.get(ADMIN, "/api/admin/dead-letters").json();
            assertThat(parked).hasSize(1);
            JsonNode entry = parked.get(0);
            assertThat(entry.path("processingGroup").asText()).isEqualTo("incidents");
            assertThat(entry.path("caseId").asText()).isEqualTo(poisoned);
            assertThat(entry.path("causeType").asText()).isEqualTo(IllegalStateException.class.getName());
            // the triage, the deadline it met and the note: the case's events from the failure on, in order
            assertThat(entry.path("events").asInt()).isEqualTo(3);
        });
        String listing = api.get(ADMIN, "/api/admin/dead-letters").raw().body();
        assertThat(listing).as("no payload, no cause message, no personal data")
                .doesNotContain("Named pupil", "Pupil One", "poisoned for the test", "form tutor", "payload");
        assertThat(deadLetterGauge()).isEqualTo(3.0);

        // the poisoned case's read model stops at its failed event (a projection of the group may have applied the
        // triage before the poisoned handler threw): the deadline met and the note behind it wait
        JsonNode stuck = api.get(DSL_A, "/api/incidents/" + poisoned).json();
        assertThat(stuck.path("version").asLong()).isLessThanOrEqualTo(2);
        assertThat(api.get(DSL_A, "/api/incidents/" + poisoned + "/chronology").json().findValuesAsText("type"))
                .doesNotContain("NOTE_ADDED");

        // administrators only
        assertProblem(api.get(DSL_A, "/api/admin/dead-letters"), 403);
        assertProblem(api.post(DSL_A, "/api/admin/dead-letters/incidents/retry", Map.of()), 403);
        assertProblem(api.post(ADMIN, "/api/admin/dead-letters/notifications/retry", Map.of()), 404);

        // a retry while the cause is still there leaves it parked
        JsonNode failedRetry = api.post(ADMIN, "/api/admin/dead-letters/incidents/retry", Map.of()).json();
        assertThat(failedRetry.path("retried").asInt()).isEqualTo(1);
        assertThat(failedRetry.path("stillParked").asInt()).isEqualTo(1);

        // fixed: the retry takes the case's three events through, in order, and empties the queue
        Poison.CASES.remove(poisoned);
        Reply retry = api.post(ADMIN, "/api/admin/dead-letters/incidents/retry", Map.of());
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().path("succeeded").asInt()).isEqualTo(1);
        assertThat(retry.json().path("stillParked").asInt()).isZero();
        assertThat(api.get(ADMIN, "/api/admin/dead-letters").json()).isEmpty();
        assertThat(deadLetterGauge()).isZero();

        JsonNode fixed = cases.awaitVersion(DSL_A, poisoned, 4);
        assertThat(fixed.path("severity").asText()).isEqualTo("HIGH");
        assertThat(fixed.path("stage").asText()).isEqualTo(healthyCase.path("stage").asText());
        assertThat(cases.awaitChronology(DSL_A, poisoned, 3).findValuesAsText("type"))
                .containsExactly("INCIDENT_LOGGED", "INCIDENT_TRIAGED", "NOTE_ADDED");

        // later events of the case are projected live again
        assertThat(api.post(DSL_A, "/api/incidents/" + poisoned + "/notes", Map.of("text", "Parent informed"))
                .status()).isEqualTo(201);
        cases.awaitVersion(DSL_A, poisoned, 5);
    }

    private double deadLetterGauge() {
        Gauge gauge = meters.find("tidemark.dead.letters").tag("processor", "incidents").gauge();
        assertThat(gauge).as("tidemark_dead_letters{processor=incidents}").isNotNull();
        return gauge.value();
    }
}
