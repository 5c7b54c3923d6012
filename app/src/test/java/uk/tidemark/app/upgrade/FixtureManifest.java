package uk.tidemark.app.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.springframework.boot.SpringBootVersion;
import uk.tidemark.app.ops.TrackingTokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a fixture holds, as JSON beside its zip: written by the generator from the stopped-and-settled application it
 * made the fixture with, read by the upgrade test as what the new version must find. Its fields are described in
 * docs/upgrade-fixtures.md. Passwords and the second factor's secret are test data, made for the fixture.
 */
final class FixtureManifest {

    /** The read-model collection of each aggregate type's cases (the event store's {@code type} column). */
    static final Map<String, String> CASE_COLLECTIONS = Map.of(
            "IncidentAggregate", "incidents",
            "DisciplinaryCaseAggregate", "disciplinary_cases",
            "ComplaintAggregate", "complaints");

    final JsonNode json;

    private FixtureManifest(JsonNode json) {
        this.json = json;
    }

    static FixtureManifest read(Path file) throws IOException {
        return new FixtureManifest(UpgradeClient.JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)));
    }

    void write(Path file) throws IOException {
        Files.writeString(file, UpgradeClient.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
    }

    // ---- made by the generator ----

    static FixtureManifest of(String fixture, FixtureStore store, RunningTidemark app, FixtureStory story)
            throws SQLException {
        ObjectNode m = UpgradeClient.JSON.createObjectNode();
        m.put("fixture", fixture);
        m.put("store", store.name());
        m.put("generatedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        try (Connection c = app.jdbc().getDataSource().getConnection()) {
            ObjectNode by = m.putObject("generatedBy");
            by.put("commit", Git.head());
            by.put("uncommittedChanges", Git.dirty());
            by.put("springBoot", SpringBootVersion.getVersion());
            by.put("axonFramework", EventStore.class.getPackage().getImplementationVersion());
            by.put("database", c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion());
            m.put("demoPassword", RunningTidemark.DEMO_PASSWORD);

            StoredFacts.Events events = StoredFacts.events(c, Long.MAX_VALUE);
            ObjectNode e = m.putObject("events");
            e.put("count", events.count());
            e.put("head", events.head());
            e.put("sha256", events.sha256());

            ObjectNode tokens = m.putObject("trackingTokens");
            new TreeMap<>(app.tokens().all()).forEach((processor, segments) -> {
                ArrayNode list = tokens.putArray(processor);
                segments.stream().sorted((a, b) -> Integer.compare(a.segment(), b.segment())).forEach(s -> list
                        .addObject().put("segment", s.segment()).put("position", s.position()));
            });

            StoredFacts.AuditHead audit = StoredFacts.auditHead(c);
            m.putObject("audit").put("entries", audit.entries()).put("lastHash", audit.lastHash());

            ObjectNode ids = m.putObject("story");
            story.ids.forEach(ids::put);

            ArrayNode cases = m.putArray("cases");
            app.jdbc().query("SELECT aggregateIdentifier, type, MAX(sequenceNumber) FROM DomainEventEntry "
                    + "GROUP BY aggregateIdentifier, type ORDER BY type, aggregateIdentifier", rs -> {
                String collection = CASE_COLLECTIONS.get(rs.getString(2));
                Document doc = collection == null ? null : app.mongo().getCollection(collection)
                        .find(new Document("_id", rs.getString(1))).first();
                cases.addObject().put("type", rs.getString(2)).put("id", rs.getString(1))
                        .put("version", rs.getLong(3)).put("stage", doc == null ? null : doc.getString("stage"));
            });

            ArrayNode accounts = m.putArray("accounts");
            app.jdbc().query("SELECT username FROM tidemark_user ORDER BY username", rs -> {
                String username = rs.getString(1);
                ObjectNode account = accounts.addObject().put("username", username);
                ArrayNode roles = account.putArray("roles");
                app.jdbc().queryForList("SELECT role FROM tidemark_user_role WHERE username = ? ORDER BY role",
                        String.class, username).forEach(roles::add);
                ArrayNode refused = UpgradeClient.JSON.createArrayNode();
                if (username.equals(FixtureStory.NEW_DSL)) {
                    account.put("password", FixtureStory.NEW_DSL_PASSWORD);
                    account.put("secondFactorSecret", story.newDslSecret);
                    refused.add(FixtureStory.NEW_DSL_GIVEN_PASSWORD);
                } else if (username.equals(FixtureStory.CHANGED)) {
                    account.put("password", FixtureStory.CHANGED_PASSWORD);
                    account.putNull("secondFactorSecret");
                    refused.add(RunningTidemark.DEMO_PASSWORD);
                } else {
                    account.put("password", RunningTidemark.DEMO_PASSWORD);
                    account.putNull("secondFactorSecret");
                }
                account.set("refusedPasswords", refused);
            });
            assertThat(app.count("SELECT COUNT(*) FROM tidemark_totp")).as("second factors enrolled").isEqualTo(1);

            ArrayNode deadlines = m.putArray("deadlines");
            List<Document> docs = app.mongo().getCollection("deadlines").find().into(new ArrayList<>());
            docs.sort((a, b) -> String.valueOf(a.get("_id")).compareTo(String.valueOf(b.get("_id"))));
            for (Document d : docs) {
                deadlines.addObject().put("deadlineId", d.getString("_id")).put("kind", d.getString("kind"))
                        .put("caseType", d.getString("caseType")).put("caseId", d.getString("caseId"))
                        .put("dueAt", d.getDate("dueAt").toInstant().toString()).put("status", d.getString("status"));
            }

            List<StoredFacts.Task> stored = StoredFacts.tasks(c);
            ArrayNode tasks = m.putArray("scheduledTasks");
            stored.forEach(t -> tasks.addObject().put("name", t.name()).put("instance", t.instance())
                    .put("executionTime", t.executionTime().toString()));

            String overdueCase = story.ids.get("overdueIncident");
            Document overdue = app.mongo().getCollection("deadlines").find(new Document("caseId", overdueCase)
                    .append("kind", "FIRST_RESPONSE")).first();
            assertThat(overdue).as("the overdue case's first response").isNotNull();
            Instant overdueAt = overdue.getDate("dueAt").toInstant();
            assertThat(overdueAt).as("due before the fixture was made").isBefore(Instant.now().minusSeconds(3600));
            assertThat(overdue.getString("status")).isEqualTo("PENDING");
            assertThat(stored).as("its schedule, stored and not fired")
                    .anyMatch(t -> StoredFacts.sameMillis(t.executionTime(), overdueAt));
            m.putObject("overdueDeadline").put("deadlineId", overdue.getString("_id"))
                    .put("dueAt", overdueAt.toString());

            String farId = story.ids.get("warnedIncident") + "/WARNING_RESPONSE/" + story.ids.get("farWarning");
            Document far = app.mongo().getCollection("deadlines").find(new Document("_id", farId)).first();
            assertThat(far).as("the far warning's deadline").isNotNull();
            Instant farAt = far.getDate("dueAt").toInstant();
            List<StoredFacts.Task> farTasks = stored.stream()
                    .filter(t -> StoredFacts.sameMillis(t.executionTime(), farAt)).toList();
            assertThat(farTasks).as("the far deadline's schedule, alone at its time %s among %s", farAt, stored)
                    .hasSize(1);
            m.putObject("farDeadline").put("deadlineId", farId).put("dueAt", farAt.toString())
                    .put("taskInstance", farTasks.get(0).instance());

            ArrayNode grants = m.putArray("roleGrants");
            app.jdbc().query("SELECT id, username, status FROM tidemark_role_grant ORDER BY requested_at_ms, id",
                    rs -> {
                        grants.addObject().put("grantId", rs.getString(1)).put("username", rs.getString(2))
                                .put("status", rs.getString(3));
                    });
            assertThat(app.count("SELECT COUNT(*) FROM DeadLetterEntry")).as("dead letters").isZero();
        }
        return new FixtureManifest(m);
    }

    /** After the application has stopped: the stores still hold what the manifest says. */
    void checkStillHolds(Connection c) throws SQLException {
        StoredFacts.Events events = StoredFacts.events(c, Long.MAX_VALUE);
        assertThat(events.count()).isEqualTo(eventCount());
        assertThat(events.sha256()).isEqualTo(eventsSha256());
        assertThat(StoredFacts.auditHead(c)).isEqualTo(new StoredFacts.AuditHead(auditEntries(), auditLastHash()));
        assertThat(StoredFacts.tasks(c)).as("the overdue deadline, still unfired")
                .anyMatch(t -> StoredFacts.sameMillis(t.executionTime(), overdueDueAt()));
    }

    String summary() {
        return eventCount() + " events, " + json.path("cases").size() + " cases, " + json.path("deadlines").size()
                + " deadlines (" + json.path("scheduledTasks").size() + " scheduled), " + auditEntries()
                + " audit entries, " + json.path("accounts").size() + " accounts";
    }

    // ---- read by the test ----

    String store() {
        return json.path("store").asText();
    }

    long eventCount() {
        return json.path("events").path("count").asLong();
    }

    long eventsHead() {
        return json.path("events").path("head").asLong();
    }

    String eventsSha256() {
        return json.path("events").path("sha256").asText();
    }

    long auditEntries() {
        return json.path("audit").path("entries").asLong();
    }

    String auditLastHash() {
        return json.path("audit").path("lastHash").asText();
    }

    String story(String name) {
        String id = json.path("story").path(name).asText(null);
        assertThat(id).as("story id " + name).isNotBlank();
        return id;
    }

    Instant overdueDueAt() {
        return Instant.parse(json.path("overdueDeadline").path("dueAt").asText());
    }

    /** Processor name to its segments' stored positions. */
    Map<String, Map<Integer, Long>> trackingTokens() {
        Map<String, Map<Integer, Long>> tokens = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.path("trackingTokens").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Map<Integer, Long> segments = new TreeMap<>();
            e.getValue().forEach(s -> segments.put(s.path("segment").asInt(), s.path("position").asLong()));
            tokens.put(e.getKey(), segments);
        }
        return tokens;
    }

    Iterable<JsonNode> cases() {
        return json.path("cases");
    }

    Iterable<JsonNode> accounts() {
        return json.path("accounts");
    }

    Iterable<JsonNode> deadlines() {
        return json.path("deadlines");
    }

    JsonNode farDeadline() {
        return json.path("farDeadline");
    }

    JsonNode overdueDeadline() {
        return json.path("overdueDeadline");
    }

    Iterable<JsonNode> roleGrants() {
        return json.path("roleGrants");
    }

    /** The time of a {@code Date} read back from the read store, for comparing with the manifest's. */
    static Instant instant(Object date) {
        return date instanceof Date d ? d.toInstant() : null;
    }

    /** The checkout the generator ran in: recorded, not required (null outside a git work tree). */
    private static final class Git {
        static String head() {
            return run("git", "rev-parse", "HEAD");
        }

        static boolean dirty() {
            String status = run("git", "status", "--porcelain", "--untracked-files=no");
            return status != null && !status.isBlank();
        }

        private static String run(String... command) {
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                return p.waitFor() == 0 ? out : null;
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }
}
