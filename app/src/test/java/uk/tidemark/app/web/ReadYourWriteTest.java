package uk.tidemark.app.web;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.ReflectionTestUtils;
import uk.tidemark.app.web.cases.CreatedCaseReads;
import uk.tidemark.query.incident.CaseListIndex;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that reads the {@code Location} a create has just answered finds the case (decision 0029): right after
 * a start (before, the first case logged answered 404 for about two seconds), for the first few cases, for every
 * kind of case, and while the case list index loads in the background (decision 0021). The wait is bounded: with
 * the read side stopped, the create still answers 201 once the bound has passed.
 *
 * <p>The bound is set long here so that a loaded machine cannot fail the test by being slow; what is tested is that
 * the answer waits for the read, not how long that takes.
 */
@TestPropertySource(properties = "tidemark.api.create-read-wait=60s")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadYourWriteTest extends ApiTestSupport {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    CaseListIndex index;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    CreatedCaseReads created;

    @Test
    @Order(1) // first: the start of this class's context is the fresh start
    void theLocationOfEachNewCaseAnswers200AtOnceFromAFreshStartOnAndUnderTheIndexLoad() throws Exception {
        // this context was started for this class: the first cases after a start
        for (int i = 0; i < 5; i++) {
            assertReadableAtOnce(DSL_A, post(DSL_A, "/api/incidents", caseBody()));
        }
        assertReadableAtOnce(DSL_A, post(DSL_A, "/api/complaints", Map.of("channel", "EMAIL",
                "complainant", "A Parent", "summary", "Homework policy")));
        assertReadableAtOnce(HR, post(HR, "/api/disciplinary-cases", Map.of("settingId", SETTING_A,
                "employeeName", "Casey Clerk", "teacher", false, "concernsHarmToChildren", false,
                "allegation", "A post about a colleague.")));

        // the index loading from a large read store, as at the start of a big installation, keeps the store busy
        List<Document> stored = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            stored.add(new Document("_id", "stored-before-the-start-" + i).append("settingId", SETTING_B)
                    .append("status", "CLOSED").append("stage", "CLOSED").append("furthestStage", "CLOSED")
                    .append("category", "OTHER").append("loggedAt", new Date()).append("subjectUsernames", List.of())
                    .append("lastSequence", 3L).append("_class", "uk.tidemark.query.incident.IncidentDocument"));
        }
        mongo.getCollection("incidents").insertMany(stored);
        Thread loading = new Thread(index::load, "test-case-list-index-load");
        loading.start();
        try {
            for (int i = 0; i < 5; i++) {
                assertReadableAtOnce(DSL_A, post(DSL_A, "/api/incidents", caseBody()));
            }
        } finally {
            loading.join(Duration.ofMinutes(2).toMillis());
        }
    }

    @Test
    @Order(2)
    void withTheReadSideStoppedTheCreateStillAnswers201OnceTheBoundHasPassed() {
        StreamingEventProcessor incidents = processing.eventProcessor("incidents", StreamingEventProcessor.class)
                .orElseThrow();
        Object bound = ReflectionTestUtils.getField(created, "bound");
        ReflectionTestUtils.setField(created, "bound", Duration.ofSeconds(1));
        incidents.shutDown();
        try {
            Reply reply = post(DSL_A, "/api/incidents", caseBody());
            assertThat(reply.status()).as("%s", reply).isEqualTo(201);
            String id = reply.json().path("id").asText();
            assertThat(storedVersion(id)).as("the case is stored").isGreaterThanOrEqualTo(0);
            assertThat(get(DSL_A, "/api/incidents/" + id).status()).as("not readable yet").isEqualTo(404);
            incidents.start();
            awaitVersion(DSL_A, id, 0);
        } finally {
            ReflectionTestUtils.setField(created, "bound", bound);
            if (!incidents.isRunning()) {
                incidents.start();
            }
        }
    }

    private void assertReadableAtOnce(String user, Reply created) {
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String location = java.net.URI.create(created.header("Location")).getPath();
        Reply read = get(user, location);
        assertThat(read.status()).as("GET %s right after its 201: %s", location, read).isEqualTo(200);
    }
}
