package uk.tidemark.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The two ways a rebuild is refused with several instances (decision 0019, "Rebuilds"), played on one instance by
 * writing what another instance would write into the shared read store: a segment claimed by an instance that does not
 * let go, and a rebuild already asked of another instance. Either way the answer is a 409 that says why, nothing is
 * reset, and the processor runs again (or, while another instance's rebuild is under way, stops for it and starts
 * again when it is over).
 */
@RunningApp
@TestPropertySource(properties = {"tidemark.projections.rebuild-wait=2s", "tidemark.projections.rebuild-poll=200ms"})
class RebuildRefusedTest {

    private static final String GHOST = "4242@another-host";

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aSegmentHeldElsewhereIsRefusedWithNothingResetAndTheProcessorRunning() {
        String id = cases.logAndAwait(caseBody()).path("id").asText();
        JsonNode before = cases.awaitVersion(DSL_A, id, 1);
        // another instance holds segment 3 and does not let go (an old version, or stuck)
        Query segment3 = Query.query(Criteria.where("processorName").is("incidents").and("segment").is(3));
        mongo.updateFirst(segment3, Update.update("owner", GHOST).set("timestamp", System.currentTimeMillis()),
                "trackingtokens");

        Reply rebuild = api.post(ADMIN, "/api/admin/projections/incidents/rebuild", Map.of());
        JsonNode problem = assertProblem(rebuild, 409);
        assertThat(problem.path("detail").asText()).contains("Another instance still holds part of incidents")
                .contains("nothing was reset");

        assertThat(incidents().path("running").asBoolean()).as("running again after the refusal").isTrue();
        assertThat(mongo.getCollection("rebuilds").countDocuments()).as("request withdrawn").isZero();
        assertThat(api.get(DSL_A, "/api/incidents/" + id).json()).as("read model untouched").isEqualTo(before);

        // the other instance lets go: the processor, never stopped, works every segment again
        mongo.updateFirst(segment3, Update.update("owner", null), "trackingtokens");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(incidents().path("segmentsClaimed").asInt()).isEqualTo(4));
        String next = cases.logAndAwait(caseBody()).path("id").asText();
        cases.awaitVersion(DSL_A, next, 1);
    }

    @Test
    void aRebuildAlreadyAskedOfAnotherInstanceIsRefusedAndThisOneFollowsIt() {
        // another instance was asked to rebuild incidents a moment ago
        mongo.insert(new Document("_id", "incidents").append("requestedBy", GHOST)
                .append("requestedAt", System.currentTimeMillis()), "rebuilds");
        await("stopped for the other instance's rebuild").atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(incidents().path("running").asBoolean()).isFalse());

        JsonNode problem = assertProblem(api.post(ADMIN, "/api/admin/projections/incidents/rebuild", Map.of()), 409);
        assertThat(problem.path("detail").asText()).contains("already under way");

        // the other instance is done: this one starts again by itself
        mongo.remove(Query.query(Criteria.where("_id").is("incidents")), "rebuilds");
        await("started again").atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(incidents().path("running").asBoolean()).isTrue();
            assertThat(incidents().path("segmentsClaimed").asInt()).isEqualTo(4);
        });
        String id = cases.logAndAwait(caseBody()).path("id").asText();
        cases.awaitVersion(DSL_A, id, 1);
    }

    private JsonNode incidents() {
        for (JsonNode p : api.get(ADMIN, "/api/admin/projections").json()) {
            if (p.path("name").asText().equals("incidents")) {
                return p;
            }
        }
        throw new AssertionError("no incidents processor");
    }
}
