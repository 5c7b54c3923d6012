package uk.tidemark.app.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import uk.tidemark.app.support.ReadModelHashes;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
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
            EventsAfterUpgrade.tokensWhereTheyWereLeft(app, manifest);
            EventsAfterUpgrade.everyStoredEventReadsBack(app, manifest);
            DeadlinesAfterUpgrade.deadlinesDueWhileStoppedFire(app, manifest, started);
            CasesAfterUpgrade.casesAtTheirStages(app, manifest);
            CasesAfterUpgrade.oldCasesGivenReferences(app, manifest);
            phase(store, "events, tokens, deadlines, cases", began);

            UpgradeClient newDsl = accountsSignIn(app, manifest);
            CasesAfterUpgrade.commandsOnOldCases(app, manifest, newDsl);
            DeadlinesAfterUpgrade.farDeadlineFiresWhenDue(app, manifest);
            EventsAfterUpgrade.processorsWentOnFromTheirTokens(app, manifest);
            auditTrailStillVerifies(app, manifest);
            phase(store, "accounts, commands, audit", began);

            readModelsRebuildEqual(app);
            phase(store, "rebuilt", began);
        }
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
