package uk.tidemark.app.wiring;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.IncidentStatus;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.incident.Stage;
import uk.tidemark.kernel.incident.command.LogIncident;
import uk.tidemark.kernel.incident.query.IncidentCounts;
import uk.tidemark.kernel.incident.query.FindCaseCounts;
import uk.tidemark.kernel.incident.query.FindIncidents;
import uk.tidemark.kernel.incident.query.IncidentFilter;
import uk.tidemark.kernel.incident.query.IncidentPage;
import uk.tidemark.query.incident.IncidentListIndex;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded runtime answers the case list and the dashboard's counts from the in-memory case list index
 * (decision 0021), kept by the incidents projection: a case logged through the application is listed, while a
 * document written into the read store past the projection is not, until the index is loaded again (as at a
 * start). That difference is what shows the answers come from the index and not from a scan of the store.
 */
@SpringBootTest(properties = {"tidemark.security.totp.required-roles=",
        "tidemark.data-dir=target/test-data/case-list-index-${random.uuid}"})
class IncidentListIndexWiringTest {
    private static final String SETTING = "index-school";
    private static final IncidentFilter OPEN_HERE = new IncidentFilter(IncidentStatus.OPEN, null, null, null,
            null, null, Set.of(SETTING), null, "nobody");

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    IncidentListIndex index;

    @Test
    void theListComesFromTheIndexWhichTheProjectionKeepsAndALoadRefreshes() {
        await().atMost(Duration.ofSeconds(20)).until(index::ready);
        IncidentId logged = IncidentId.random();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new LogIncident(logged, SETTING,
                Category.CYBERBULLYING, Platform.INSTAGRAM, Instant.now().minusSeconds(600),
                "Posts about a pupil", List.of(), List.of(), false)).andMetaData(Map.of(Meta.ACTOR, "staff")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ids(list())).containsExactly(logged.value()));

        mongo.getCollection("incidents").insertOne(new Document("_id", "written-past-the-projection")
                .append("settingId", SETTING).append("status", "OPEN").append("stage", "NEW")
                .append("furthestStage", "NEW").append("category", "OTHER").append("loggedAt", new Date())
                .append("subjectUsernames", List.of()).append("lastSequence", 0L)
                .append("_class", "uk.tidemark.query.incident.IncidentDocument"));
        assertThat(ids(list())).as("the store has it, the index does not yet").containsExactly(logged.value());
        assertThat(counts().total()).isEqualTo(1);

        index.load();
        assertThat(ids(list())).containsExactly("written-past-the-projection", logged.value());
        assertThat(counts().total()).isEqualTo(2);
        assertThat(counts().byStage().get(Stage.NEW)).isEqualTo(2);
    }

    private IncidentPage list() {
        return queries.query(new FindIncidents(OPEN_HERE, 0, 10), ResponseTypes.instanceOf(IncidentPage.class)).join();
    }

    private IncidentCounts counts() {
        return queries.query(new FindCaseCounts(OPEN_HERE), ResponseTypes.instanceOf(IncidentCounts.class)).join();
    }

    private static List<String> ids(IncidentPage page) {
        return page.items().stream().map(i -> i.id()).toList();
    }
}
