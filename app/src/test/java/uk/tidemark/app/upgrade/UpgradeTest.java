package uk.tidemark.app.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.UnknownSerializedType;
import org.bson.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import uk.tidemark.app.ops.TrackingTokens;
import uk.tidemark.app.support.ReadModelHashes;
import uk.tidemark.app.upgrade.UpgradeClient.Reply;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * This version starts on stores written by an earlier one and finds everything as it was left
 * (docs/upgrade-fixtures.md): each fixture of {@link #fixtures()}, made by {@link UpgradeFixtureGenerator} on that
 * version and never made again, is unpacked (H2: the data directory; PostgreSQL: the dump loaded into a new server, and the
 * read store's directory) and Tidemark is started on it as it is now. Then:
 * <ul>
 *   <li><b>events</b>: the stored events are byte for byte those the manifest describes, each case's stream reads back
 *   through Axon (every payload a known class), and a new command on an old case of each kind is taken or refused by
 *   the state its old events give;</li>
 *   <li><b>tracking tokens</b>: every processor's stored position at start is where the old version left it, and no
 *   processor handles any event at or below the fixture's head again; they go on to the new head;</li>
 *   <li><b>deadlines</b>: the deadline that fell due while the system was stopped fires at start (and so does any
 *   that fell due since the fixture was made), and one stored for the end of 2099 fires when its time is moved;</li>
 *   <li><b>accounts</b>: every account signs in with its password, the one with a second factor only with a code
 *   from its stored secret, replaced passwords are refused, a confirmed role grant holds and a waiting one waits;</li>
 *   <li><b>read models</b>: each case is at its stage, and every rebuildable projection rebuilt from zero hashes the
 *   same as the live one carried over;</li>
 *   <li><b>audit</b>: {@code GET /api/audit/verify} is VALID over the old entries, which keep their hashes.</li>
 * </ul>
 */
class UpgradeTest {

    /**
     * The fixtures this version must read, each made by an earlier release and never made again
     * (docs/upgrade-fixtures.md): {@code boot-3.5}, Tidemark on Spring Boot 3.5.
     */
    static List<String> fixtures() {
        return List.of("boot-3.5");
    }

    @TempDir
    Path work;

    @ParameterizedTest(name = "from {0}")
    @MethodSource("fixtures")
    void fromTheEmbeddedH2DataDirectory(String fixture) throws Exception {
        try (FixtureStore store = FixtureStore.h2From(resource(fixture, "h2.zip"), work.resolve("data"))) {
            upgrade(store, FixtureManifest.read(resource(fixture, "h2.json")));
        }
    }

    @ParameterizedTest(name = "from {0}")
    @MethodSource("fixtures")
    void fromPostgresql(String fixture) throws Exception {
        try (FixtureStore store = FixtureStore.postgresFrom(resource(fixture, "postgresql.zip"),
                work.resolve("data"))) {
            upgrade(store, FixtureManifest.read(resource(fixture, "postgresql.json")));
        }
    }

    private void upgrade(FixtureStore store, FixtureManifest manifest) throws Exception {
        long began = System.nanoTime();
        assertThat(manifest.store()).isEqualTo(store.name());
        try (Connection c = store.connect()) {
            StoredFacts.Events events = StoredFacts.events(c, Long.MAX_VALUE);
            assertThat(events).as("the fixture's events, unpacked")
                    .isEqualTo(new StoredFacts.Events(manifest.eventCount(), manifest.eventsHead(),
                            manifest.eventsSha256()));
            assertThat(StoredFacts.tasks(c)).as("the overdue deadline, stored unfired")
                    .anyMatch(t -> StoredFacts.sameMillis(t.executionTime(), manifest.overdueDueAt()));
        }
        Instant started = Instant.now();
        try (RunningTidemark app = RunningTidemark.start(store.dataDir, store.appArguments(),
                "--db-scheduler.polling-interval=200ms")) {
            phase(store, "started", began);
            tokensWhereTheyWereLeft(app, manifest);
            everyStoredEventReadsBack(app, manifest);
            deadlinesDueWhileStoppedFire(app, manifest, started);
            casesAtTheirStages(app, manifest);
            oldCasesGivenReferences(app, manifest);
            phase(store, "events, tokens, deadlines, cases", began);

            UpgradeClient newDsl = accountsSignIn(app, manifest);
            commandsOnOldCases(app, manifest, newDsl);
            farDeadlineFiresWhenDue(app, manifest);
            processorsWentOnFromTheirTokens(app, manifest);
            auditTrailStillVerifies(app, manifest);
            phase(store, "accounts, commands, audit", began);

            readModelsRebuildEqual(app);
            phase(store, "rebuilt", began);
        }
    }

    // ---- events and tokens ----

    private static void tokensWhereTheyWereLeft(RunningTidemark app, FixtureManifest manifest) {
        Map<String, List<TrackingTokens.SegmentToken>> stored = app.tokens().all();
        manifest.trackingTokens().forEach((processor, segments) -> {
            Map<Integer, Long> now = new TreeMap<>();
            stored.getOrDefault(processor, List.of()).forEach(s -> now.put(s.segment(), s.position()));
            assertThat(now.keySet()).as(processor + " segments").isEqualTo(segments.keySet());
            segments.forEach((segment, position) -> assertThat(now.get(segment))
                    .as("%s segment %d at start: where the old version left it, or on from there", processor, segment)
                    .isGreaterThanOrEqualTo(position));
        });
    }

    private static void everyStoredEventReadsBack(RunningTidemark app, FixtureManifest manifest) {
        EventStore eventStore = app.context.getBean(EventStore.class);
        long read = 0;
        for (JsonNode c : manifest.cases()) {
            String id = c.path("id").asText();
            long sequence = -1;
            DomainEventStream stream = eventStore.readEvents(id);
            while (stream.hasNext()) {
                DomainEventMessage<?> event = stream.next();
                assertThat(event.getSequenceNumber()).as(id).isEqualTo(sequence + 1);
                sequence = event.getSequenceNumber();
                Object payload = event.getPayload();
                assertThat(payload).as("%s #%d (%s): a known event class", id, sequence, event.getPayloadType())
                        .isNotNull().isNotInstanceOf(UnknownSerializedType.class);
                if (sequence <= c.path("version").asLong()) {
                    read++;
                }
            }
            assertThat(sequence).as("events of " + id).isGreaterThanOrEqualTo(c.path("version").asLong());
        }
        assertThat(read).as("every stored event read back through its case").isEqualTo(manifest.eventCount());
    }

    /**
     * Every processor has gone on to where the store now ends (awaitQuiet), and none of them handled anything at or
     * below the fixture's head again.
     */
    private static void processorsWentOnFromTheirTokens(RunningTidemark app, FixtureManifest manifest) {
        app.awaitQuiet(Duration.ofSeconds(60), true);
        long head = app.head();
        assertThat(head).as("new events were appended").isGreaterThan(manifest.eventsHead());
        Map<String, HandledEvents.Seen> handled = app.handled().byProcessor();
        System.out.printf("[upgrade] handled since start, the fixture's head at %d: %s%n", manifest.eventsHead(),
                handled);
        assertThat(handled).as("processors that handled the new events")
                .containsKeys("incidents", "deadline-board", "audit", "notifications");
        handled.forEach((processor, seen) -> assertThat(seen.lowest())
                .as("%s: the lowest index handled since start (%s); the fixture ends at %d", processor, seen,
                        manifest.eventsHead())
                .isGreaterThan(manifest.eventsHead()));
    }

    // ---- deadlines ----

    private static void deadlinesDueWhileStoppedFire(RunningTidemark app, FixtureManifest manifest, Instant started) {
        String overdueCase = manifest.story("overdueIncident");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (JsonNode d : manifest.deadlines()) {
                if (d.path("status").asText().equals("PENDING")
                        && !Instant.parse(d.path("dueAt").asText()).isAfter(started)) {
                    Document doc = deadline(app, d.path("deadlineId").asText());
                    assertThat(doc.getString("status")).as("%s, due %s", d.path("deadlineId").asText(),
                            d.path("dueAt").asText()).isNotEqualTo("PENDING");
                }
            }
        });
        Document overdue = deadline(app, manifest.overdueDeadline().path("deadlineId").asText());
        assertThat(overdue.getString("status")).isEqualTo("MISSED");
        assertThat(FixtureManifest.instant(overdue.get("missedAt"))).as("missed when the new version started")
                .isAfterOrEqualTo(started.minusSeconds(1));
        // through the API, as the setting's DSL, who is told of it
        UpgradeClient dsl = app.demoUser("dsl");
        JsonNode board = dsl.get("/api/deadlines?caseId=" + overdueCase + "&kind=FIRST_RESPONSE").ok().json();
        assertThat(board.path(0).path("status").asText()).isEqualTo("MISSED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                dsl.get("/api/notifications?unread=true&size=100").ok().json().findValuesAsText("caseId"))
                .as("the DSL's inbox").contains(overdueCase));
        Document far = deadline(app, manifest.farDeadline().path("deadlineId").asText());
        assertThat(far.getString("status")).as("a deadline due in 2099 waits").isEqualTo("PENDING");
    }

    private static void farDeadlineFiresWhenDue(RunningTidemark app, FixtureManifest manifest) {
        JsonNode far = manifest.farDeadline();
        // the months passing, as the project's TestClock does it: the stored schedule is made due
        int moved = app.jdbc().update("UPDATE scheduled_tasks SET execution_time = ? WHERE task_instance = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), far.path("taskInstance").asText());
        assertThat(moved).as("the far deadline's stored schedule").isEqualTo(1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(deadline(app, far.path("deadlineId").asText()).getString("status")).isEqualTo("MISSED"));
        String warned = manifest.story("warnedIncident");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode page = app.demoUser("dsl").get("/api/incidents/" + warned).ok().json();
            JsonNode warning = null;
            for (JsonNode w : page.path("warnings")) {
                if (w.path("warningId").asText().equals(manifest.story("farWarning"))) {
                    warning = w;
                }
            }
            assertThat(warning).as("the far warning").isNotNull();
            assertThat(warning.path("response").asText()).isEqualTo("NO_RESPONSE");
        });
    }

    private static Document deadline(RunningTidemark app, String id) {
        Document doc = app.mongo().getCollection("deadlines").find(new Document("_id", id)).first();
        assertThat(doc).as("deadline " + id + " on the board").isNotNull();
        return doc;
    }

    // ---- cases ----

    private static void casesAtTheirStages(RunningTidemark app, FixtureManifest manifest) {
        Map<String, String> wrong = new TreeMap<>();
        for (JsonNode c : manifest.cases()) {
            String collection = FixtureManifest.CASE_COLLECTIONS.get(c.path("type").asText());
            assertThat(collection).as("a known case type: " + c).isNotNull();
            Document doc = app.mongo().getCollection(collection).find(new Document("_id", c.path("id").asText()))
                    .first();
            String stage = doc == null ? null : doc.getString("stage");
            if (stage == null || !stage.equals(c.path("stage").asText())) {
                wrong.put(c.path("id").asText(), "stored " + c.path("stage").asText() + ", read model " + stage);
            }
        }
        assertThat(wrong).as("cases not at the stage they were left at").isEmpty();
    }

    /**
     * Decision 0038: the old version's cases had no reference; the first start gives each one, once, unique in its
     * trust, counted in the year it was opened.
     */
    private static void oldCasesGivenReferences(RunningTidemark app, FixtureManifest manifest) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, String> references = new TreeMap<>();
            for (JsonNode c : manifest.cases()) {
                String collection = FixtureManifest.CASE_COLLECTIONS.get(c.path("type").asText());
                Document doc = app.mongo().getCollection(collection)
                        .find(new Document("_id", c.path("id").asText())).first();
                references.put(c.path("id").asText(), doc == null ? null : doc.getString("reference"));
            }
            assertThat(references.values()).as("every old case's reference").allSatisfy(r ->
                    assertThat(r).matches("[A-Z]{2,4}-\\d{2}-\\d{4,}")).doesNotHaveDuplicates();
        });
    }

    /** A command of each kind on an old case: its aggregate is loaded from the old events, and decides by them. */
    private static void commandsOnOldCases(RunningTidemark app, FixtureManifest manifest, UpgradeClient newDsl) {
        UpgradeClient dsl = app.demoUser("dsl");
        UpgradeClient hr = app.demoUser("hr");
        String warned = manifest.story("warnedIncident");
        assertThat(newDsl.post("/api/incidents/" + warned + "/notes", Map.of("text", "After the upgrade."))
                .status()).as("a note by the DSL who signed in with their second factor").isEqualTo(201);
        String closed = "/api/incidents/" + manifest.story("closedIncident");
        Reply again = dsl.post(closed + "/close", Map.of("outcome", "NO_FURTHER_ACTION", "rationale", "Again"));
        assertThat(again.status()).as("closing a closed case: %s", again).isEqualTo(409);
        assertThat(again.json().path("detail").asText()).contains("already closed");
        assertThat(dsl.post(closed + "/reopen", Map.of("reason", "New posts")).status()).isEqualTo(204);
        assertThat(dsl.post("/api/incidents/" + manifest.story("newIncident") + "/triage",
                Map.of("severity", "LOW", "reason", "Looked at after the upgrade")).status()).isEqualTo(204);
        assertThat(dsl.post("/api/incidents/" + manifest.story("escalatedIncident") + "/police-updates",
                Map.of("status", "Charged", "note", "The police charged a suspect.")).status()).isEqualTo(201);
        assertThat(hr.post("/api/disciplinary-cases/" + manifest.story("hrCase") + "/hearing-invitation",
                Map.of("hearingOn", LocalDate.now(ZoneId.of("Europe/London")).plusDays(30).toString(),
                        "rightToBeAccompaniedStated", true)).status()).as("the hearing moved").isEqualTo(204);
        assertThat(dsl.post("/api/complaints/" + manifest.story("formalComplaint") + "/formal-response",
                Map.of("findings", "The concern was handled by the policy.", "reasons", "As found.",
                        "howToEscalate", "Ask for a panel.")).status()).as("the formal response").isEqualTo(204);
        String reopened = manifest.story("closedIncident");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(dsl.get("/api/incidents/" + reopened)
                .ok().json().path("status").asText()).isEqualTo("OPEN"));
    }

    // ---- accounts ----

    /** Answers the new DSL's client, signed in with their second factor (a code is accepted only once). */
    private static UpgradeClient accountsSignIn(RunningTidemark app, FixtureManifest manifest) {
        UpgradeClient secondFactor = null;
        Map<String, Integer> refused = new TreeMap<>();
        for (JsonNode account : manifest.accounts()) {
            String username = account.path("username").asText();
            String password = account.path("password").asText();
            String secret = account.path("secondFactorSecret").asText(null);
            UpgradeClient client = new UpgradeClient(app.baseUrl());
            if (secret != null) {
                assertThat(client.signIn(username, password).status()).as(username + " without a code")
                        .isEqualTo(401);
                assertThat(client.signIn(username, password, secret).status()).as(username + " with a code")
                        .isEqualTo(200);
                secondFactor = client;
            } else {
                assertThat(client.signIn(username, password).status()).as(username).isEqualTo(200);
            }
            for (JsonNode old : account.path("refusedPasswords")) {
                refused.put(username + " with " + old.asText(),
                        new UpgradeClient(app.baseUrl()).signIn(username, old.asText()).status());
            }
        }
        assertThat(secondFactor).as("an account with a second factor").isNotNull();
        assertThat(refused).as("replaced passwords").isNotEmpty().allSatisfy((u, status) -> assertThat(status)
                .as(u).isEqualTo(401));

        // the confirmed grant: the new DSL works on the setting's cases; the waiting one still waits
        assertThat(secondFactor.get("/api/incidents").ok().json().path("total").asLong()).isPositive();
        List<String> waiting = app.demoUser("admin").get("/api/role-grants").ok().json().findValuesAsText("grantId");
        for (JsonNode grant : manifest.roleGrants()) {
            assertThat(waiting.contains(grant.path("grantId").asText())).as("grant %s", grant)
                    .isEqualTo(grant.path("status").asText().equals("PENDING"));
        }
        assertThat(waiting).contains(manifest.story("waitingGrant"));
        return secondFactor;
    }

    // ---- audit and read models ----

    private static void auditTrailStillVerifies(RunningTidemark app, FixtureManifest manifest) {
        JsonNode verified = app.demoUser("admin").get("/api/audit/verify").ok().json();
        assertThat(verified.path("valid").asBoolean()).as("verify: %s", verified).isTrue();
        assertThat(verified.path("entries").asLong()).isGreaterThan(manifest.auditEntries());
        assertThat(app.jdbc().queryForObject("SELECT hash FROM tidemark_audit_entry WHERE pos = ?", String.class,
                manifest.auditEntries())).as("the old trail's last entry").isEqualTo(manifest.auditLastHash());
    }

    /**
     * Every rebuildable processor rebuilt from zero ends where the live read models carried over from the old version
     * (and kept since) are. A deadline of the demo may fall due meanwhile; then the round is done again.
     */
    private static void readModelsRebuildEqual(RunningTidemark app) {
        MeterRegistry meters = app.context.getBean(MeterRegistry.class);
        for (int round = 1; ; round++) {
            app.awaitQuiet(Duration.ofSeconds(60), true);
            long head = app.head();
            Map<String, String> live = ReadModelHashes.of(app.mongo());
            Map<String, Map<String, String>> liveDocuments = ReadModelHashes.documents(app.mongo());
            UpgradeClient admin = app.demoUser("admin");
            for (String processor : ReadModelHashes.COLLECTIONS.keySet()) {
                assertThat(admin.post("/api/admin/projections/" + processor + "/rebuild", Map.of()).status())
                        .as(processor).isEqualTo(202);
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    Gauge progress = meters.find("tidemark.projection.rebuild.progress").tag("processor", processor)
                            .gauge();
                    assertThat(progress).as("progress gauge of " + processor).isNotNull();
                    assertThat(progress.value()).as("progress of " + processor).isEqualTo(1.0);
                });
            }
            app.awaitQuiet(Duration.ofSeconds(60), true);
            if (app.head() != head && round < 3) {
                continue;
            }
            assertThat(ReadModelHashes.of(app.mongo())).as("rebuilt read models; documents that differ:%n%s",
                    ReadModelHashes.differences(liveDocuments, ReadModelHashes.documents(app.mongo()), 5))
                    .isEqualTo(live);
            return;
        }
    }

    private static Path resource(String fixture, String name) throws URISyntaxException {
        URL url = UpgradeTest.class.getResource("/upgrade/" + fixture + "/" + name);
        assertThat(url).as("fixture file upgrade/%s/%s (docs/upgrade-fixtures.md)", fixture, name).isNotNull();
        return Path.of(url.toURI());
    }

    private static void phase(FixtureStore store, String what, long since) {
        System.out.printf("[upgrade %s] %s at %.1f s%n", store.name(), what, (System.nanoTime() - since) / 1e9);
    }
}
