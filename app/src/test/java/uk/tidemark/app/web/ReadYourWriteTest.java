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
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.cases.CreatedCaseReads;
import uk.tidemark.query.incident.IncidentListIndex;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.CaseFixture.sleep;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * A client that reads the {@code Location} a create has just answered finds the case (decision 0029). Before, the
 * first case logged after a start answered 404 there for about two seconds, the time the read side took to start:
 * here the read side is held two seconds behind the event store, as then, for each kind of case; the first cases
 * after this context's start, and cases logged while the case list index loads (decision 0021), are read at once
 * too. The wait is bounded: with the read side stopped, the create still answers 201 once the bound has passed.
 *
 * <p>The bound is long here so that a loaded machine cannot fail the test by being slow; what is tested is that the
 * answer waits for the read, not how long that takes.
 */
@RunningApp
@TestPropertySource(properties = "tidemark.api.create-read-wait=60s")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadYourWriteTest {

    /** How far behind the read side is held: about what it took to start (issue 12). */
    private static final Duration BEHIND = Duration.ofSeconds(2);

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;

    @Autowired
    MongoTemplate mongo;
    @Autowired
    IncidentListIndex index;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    CreatedCaseReads created;

    @Test
    @Order(1) // first: the start of this class's context is the fresh start
    void theFirstCasesAfterAStartAreReadAtOnce() {
        for (int i = 0; i < 5; i++) {
            assertReadableAtOnce(DSL_A, api.post(DSL_A, "/api/incidents", caseBody()));
        }
    }

    @Test
    @Order(2)
    void withTheReadSideTwoSecondsBehindEveryCreateIsReadAtItsLocationAtOnce() {
        for (int i = 0; i < 3; i++) {
            readAtOnceWithTheReadSideBehind("incidents", DSL_A, () -> api.post(DSL_A, "/api/incidents", caseBody()));
        }
        readAtOnceWithTheReadSideBehind("complaints-register", DSL_A, () -> api.post(DSL_A, "/api/complaints",
                Map.of("channel", "EMAIL", "complainant", "A Parent", "summary", "Homework policy")));
        readAtOnceWithTheReadSideBehind("hr-register", HR, () -> api.post(HR, "/api/disciplinary-cases",
                Map.of("settingId", SETTING_A, "employeeName", "Casey Clerk", "teacher", false,
                        "concernsHarmToChildren", false, "allegation", "A post about a colleague.")));
    }

    @Test
    @Order(3)
    void whileTheCaseListIndexLoadsACaseIsReadAtOnce() throws Exception {
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
                assertReadableAtOnce(DSL_A, api.post(DSL_A, "/api/incidents", caseBody()));
            }
        } finally {
            loading.join(Duration.ofMinutes(2).toMillis());
        }
    }

    @Test
    @Order(4)
    void withTheReadSideStoppedTheCreateStillAnswers201OnceTheBoundHasPassed() {
        StreamingEventProcessor incidents = processor("incidents");
        Object bound = ReflectionTestUtils.getField(created, "bound");
        ReflectionTestUtils.setField(created, "bound", Duration.ofSeconds(1));
        incidents.shutDown();
        try {
            Reply reply = api.post(DSL_A, "/api/incidents", caseBody());
            assertThat(reply.status()).as("%s", reply).isEqualTo(201);
            String id = reply.json().path("id").asText();
            assertThat(cases.storedVersion(id)).as("the case is stored").isGreaterThanOrEqualTo(0);
            assertThat(api.get(DSL_A, "/api/incidents/" + id).status()).as("not readable yet").isEqualTo(404);
            incidents.start();
            cases.awaitVersion(DSL_A, id, 0);
        } finally {
            ReflectionTestUtils.setField(created, "bound", bound);
            if (!incidents.isRunning()) {
                incidents.start();
            }
        }
    }

    /**
     * Sends {@code create} with the processor stopped, and starts it again {@link #BEHIND} after the command's
     * events are stored: the read side that far behind the event store. The 201's {@code Location} is read at once.
     */
    private void readAtOnceWithTheReadSideBehind(String processorName, String user, Supplier<Reply> create) {
        StreamingEventProcessor processor = processor(processorName);
        processor.shutDown();
        long before = cases.storedEventCount();
        Thread release = new Thread(() -> {
            long giveUp = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (cases.storedEventCount() == before && System.nanoTime() < giveUp) {
                sleep(10);
            }
            sleep(BEHIND.toMillis());
            processor.start();
        }, "test-read-side-behind");
        release.start();
        try {
            assertReadableAtOnce(user, create.get());
        } finally {
            try {
                release.join(Duration.ofMinutes(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!processor.isRunning()) {
                processor.start();
            }
        }
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
    }

    private void assertReadableAtOnce(String user, Reply created) {
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String location = URI.create(created.header("Location")).getPath();
        Reply read = api.get(user, location);
        assertThat(read.status()).as("GET %s right after its 201: %s", location, read).isEqualTo(200);
    }
}
