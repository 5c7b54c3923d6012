package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.support.ReadModelHashes;
import uk.tidemark.kernel.report.Quarter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 19's proof of crypto-shredding: a case logged with canary personal data runs its retention period out on a
 * controlled clock and is destroyed by two leads; then the canary is nowhere (the API, the pages, every read model,
 * a rebuild of every projection, the exports, and every event read back with every key that remains, nor the stored
 * event bytes), while the case's events are all still there, the audit trail verifies and the trustees' figures for
 * the quarter are what they were. A second case under a legal hold is refused destruction and keeps its content.
 */
@RunningApp
@TestPropertySource(properties = "db-scheduler.polling-interval=200ms")
class ErasureCanaryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventStore eventStore;
    @Autowired
    MeterRegistry meters;
    @LocalServerPort
    int port;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aCaseDestroyedAtItsRetentionReviewLeavesItsCanaryNowhereAndItsFiguresAsTheyWere() throws Exception {
        String canary = "Quillfeather" + UUID.randomUUID().toString().substring(0, 8);
        String id = closedCaseNaming(canary);
        String heldCanary = "Marchbanks" + UUID.randomUUID().toString().substring(0, 8);
        String held = closedCaseNaming(heldCanary);
        assertThat(api.post(DSL_A, "/api/incidents/" + held + "/legal-hold",
                Map.of("reason", "A police investigation is open")).status()).isIn(200, 201, 204);

        assertThat(mongoHolds(canary)).as("the canary is in the read models before").isTrue();

        // the retention period runs out: its review reaches the leads
        JsonNode review = cases.awaitDeadline(DSL_A, id, "RETENTION_REVIEW", "PENDING");
        TestClock.advanceTo(Instant.parse(review.path("dueAt").asText()).plus(Duration.ofHours(1)), jdbc);
        cases.awaitDeadline(DSL_A, id, "RETENTION_REVIEW", "MISSED", Duration.ofSeconds(30));

        // the figures the trustees are given for the quarter, as they stand before the erasure
        Quarter quarter = Quarter.containing(Instant.now());
        String figures = "/api/reports/quarterly?year=" + quarter.year() + "&quarter=" + quarter.quarter();
        JsonNode before = withoutGeneratedAt(api.get(TRUSTEE, figures).json());
        assertThat(before.toString()).contains("fewer than 5");
        Map<String, String> counted = countedFacts(api.get(DSL_A, "/api/incidents/" + id).json());

        // a legal hold stops destruction
        assertThat(api.post(DSL_A, "/api/incidents/" + held + "/destruction",
                Map.of("reason", "Retention period ended")).status()).isEqualTo(409);

        // asked by one lead, confirmed by another
        long eventsBefore = cases.storedVersion(id) + 1;
        Reply asked = api.post(DSL_A, "/api/incidents/" + id + "/destruction",
                Map.of("reason", "Retention period ended; no hold"));
        assertThat(asked.status()).as("%s", asked).isIn(200, 201, 202, 204);
        Reply confirmedBySelf = api.post(DSL_A, "/api/incidents/" + id + "/destruction/confirmation", Map.of());
        assertThat(confirmedBySelf.status()).as("the lead who asked cannot confirm").isEqualTo(409);
        Reply confirmed = api.post(HEAD_A, "/api/incidents/" + id + "/destruction/confirmation", Map.of());
        assertThat(confirmed.status()).as("%s", confirmed).isIn(200, 201, 202, 204);
        cases.awaitVersion(DSL_A, id, cases.storedVersion(id));
        long eventsAfter = cases.storedVersion(id) + 1;
        assertThat(eventsAfter).as("every event stays, the request and the destruction added")
                .isGreaterThanOrEqualTo(eventsBefore + 2);

        assertNowhere(canary, id);
        assertThat(api.get(DSL_A, "/api/incidents/" + id).raw().body()).contains("Erased on");

        // every projection rebuilt from the events: still nowhere
        for (String processor : ReadModelHashes.COLLECTIONS.keySet()) {
            Reply rebuild = api.post(ADMIN, "/api/admin/projections/" + processor + "/rebuild", Map.of());
            assertThat(rebuild.status()).as(processor).isEqualTo(202);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                Gauge progress = meters.find("tidemark.projection.rebuild.progress").tag("processor", processor)
                        .gauge();
                assertThat(progress).as(processor).isNotNull();
                assertThat(progress.value()).as(processor).isEqualTo(1.0);
            });
        }
        cases.awaitVersion(DSL_A, id, cases.storedVersion(id));
        assertNowhere(canary, id);

        // the proof holds, the figures stand, the held case keeps its content
        JsonNode verified = api.get(DSL_A, "/api/audit/verify").json();
        assertThat(verified.path("valid").asBoolean()).as("%s", verified).isTrue();
        assertThat(withoutGeneratedAt(api.get(TRUSTEE, figures).json())).isEqualTo(before);
        assertThat(countedFacts(api.get(DSL_A, "/api/incidents/" + id).json())).as("what the figures count")
                .isEqualTo(counted);
        assertThat(api.get(DSL_A, "/api/incidents/" + held).raw().body()).contains(heldCanary);
        assertThat(cases.storedVersion(id) + 1).isEqualTo(eventsAfter);
    }

    /** A case naming the canary in its summary, as a person, in a note and in its closing rationale; closed. */
    private String closedCaseNaming(String canary) {
        Map<String, Object> body = caseBody();
        body.put("summary", "Posts about " + canary + " in the year group chat");
        body.put("people", List.of(Map.of("name", canary, "role", "PUPIL", "involvement", "TARGET")));
        String id = cases.logAndAwait(body).path("id").asText();
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/notes",
                Map.of("text", "Spoke with " + canary + "'s parents")).status()).isIn(200, 201, 204);
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/triage",
                Map.of("severity", "LOW", "reason", "Unkind posts about " + canary)).status()).isEqualTo(204);
        Reply closed = api.post(DSL_A, "/api/incidents/" + id + "/close",
                Map.of("outcome", "RESOLVED_INFORMALLY", "rationale", "Apology made to " + canary));
        assertThat(closed.status()).as("%s", closed).isEqualTo(204);
        cases.awaitVersion(DSL_A, id, cases.storedVersion(id));
        return id;
    }

    private void assertNowhere(String canary, String id) throws Exception {
        for (String path : List.of("/api/incidents/" + id, "/api/incidents/" + id + "/chronology",
                "/api/incidents?size=100", "/api/people?q=" + canary, "/api/deadlines")) {
            assertThat(api.get(DSL_A, path).raw().body()).as(path).doesNotContain(canary);
        }
        Browser page = new Browser("http://localhost:" + port);
        assertThat(page.signIn(DSL_A, PASSWORD).statusCode()).isEqualTo(302);
        for (String path : List.of("/cases/" + id, "/cases", "/deadlines")) {
            assertThat(page.get(path).body()).as(path).doesNotContain(canary);
        }
        Quarter quarter = Quarter.containing(Instant.now());
        assertThat(new String(api.download(TRUSTEE, "/api/reports/quarterly.csv?year=" + quarter.year()
                + "&quarter=" + quarter.quarter()).body(), StandardCharsets.UTF_8)).doesNotContain(canary);
        assertThat(mongoHolds(canary)).as("a read model holds the canary").isFalse();

        List<String> payloads = new ArrayList<>();
        eventStore.readEvents(id).asStream().map(DomainEventMessage::getPayload)
                .forEach(payload -> payloads.add(String.valueOf(payload)));
        assertThat(String.join("\n", payloads)).as("the events read back with every remaining key")
                .doesNotContain(canary).contains("Erased on");
        List<byte[]> stored = jdbc.query("SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                (rs, row) -> rs.getBytes(1), id);
        assertThat(stored).as("the case's stored events").hasSizeGreaterThan(5);
        for (byte[] bytes : stored) {
            assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain(canary);
        }
    }

    private boolean mongoHolds(String canary) {
        for (String collection : mongo.getCollectionNames()) {
            for (Document doc : mongo.getCollection(collection).find()) {
                if (doc.toJson().contains(canary)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What the trustees' figures count of a case: none of it personal, all of it kept. */
    private static Map<String, String> countedFacts(JsonNode incident) {
        Map<String, String> facts = new java.util.TreeMap<>();
        for (String field : List.of("settingId", "category", "platform", "severity", "status", "stage", "outcome",
                "loggedAt", "occurredAt", "closedAt", "reference")) {
            facts.put(field, incident.path(field).asText());
        }
        assertThat(facts.get("category")).isNotBlank();
        assertThat(facts.get("outcome")).isEqualTo("RESOLVED_INFORMALLY");
        return facts;
    }

    private static JsonNode withoutGeneratedAt(JsonNode report) {
        JsonNode copy = report.deepCopy();
        if (copy instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.remove("generatedAt");
        }
        return copy;
    }
}
