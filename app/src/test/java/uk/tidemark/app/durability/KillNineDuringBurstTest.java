package uk.tidemark.app.durability;

import uk.tidemark.app.fixture.SealedValues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.tidemark.app.support.ApiClient;
import uk.tidemark.app.support.TidemarkProcess;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing acknowledged is lost and nothing is invented, on either event store: 20 clients send a burst of 1,000 mixed
 * commands (log a case, triage it, two notes, the next case, ...), the application is killed with SIGKILL when half
 * of them have been answered, and then:
 * <ul>
 *   <li><b>lost = 0</b>: every command answered 2xx has its event in the event store (a log under the case id it
 *   answered with, a note under the note id it answered with);</li>
 *   <li><b>unexpected = 0</b>: every event in the store that a burst command writes traces back (by the token in its
 *   text) to a command a client sent, exactly once; unanswered commands may or may not be there, and the test reports
 *   how many are;</li>
 *   <li><b>converged</b>: after a restart, every case in the event store is in the read model at its stored version.</li>
 * </ul>
 * On PostgreSQL the server runs in the test JVM, so the kill takes the application down and not the database.
 */
class KillNineDuringBurstTest {

    private static final int CLIENTS = 20;
    private static final int COMMANDS = 1_000;
    private static final int KILL_AFTER_ACKS = 500;
    private static final String USER = "dsl";
    private static final String PASSWORD = "burst-password-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void onTheEmbeddedH2Store() throws Exception {
        try (BurstStore store = BurstStore.h2(dataDir)) {
            killDuringBurst(store);
        }
    }

    @Test
    void onPostgresql() throws Exception {
        try (BurstStore store = BurstStore.postgres()) {
            killDuringBurst(store);
        }
    }

    void killDuringBurst(BurstStore store) throws Exception {
        stopDuringBurst(store, dataDir, false);
    }

    /**
     * The burst, stopped half-way by SIGKILL or, {@code graceful}, by SIGTERM ({@code docker stop}): then the
     * application must also exit by itself within compose's stop_grace_period (60 s) after a graceful shutdown.
     */
    static void stopDuringBurst(BurstStore store, Path dataDir, boolean graceful) throws Exception {
        long started = System.nanoTime();
        store.seedDsl(USER, PASSWORD);
        Path firstLog = dataDir.resolve("first.log");
        Path secondLog = dataDir.resolve("second.log");
        String runId = UUID.randomUUID().toString().substring(0, 8);
        CommandBurst burst;

        try (TidemarkProcess first = TidemarkProcess.start(dataDir, firstLog, withTracing(store.appArgs()))) {
            // generous: a start takes 40-60 s on a loaded build machine; this waits for a condition, it times nothing
            first.awaitHealthy(Duration.ofMinutes(3));
            phase(store, "first start", started);
            List<ApiClient> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(new ApiClient(first.baseUrl(), USER, PASSWORD));
            }
            burst = new CommandBurst(runId, COMMANDS, clients);
            CountDownLatch enoughAcks = burst.start(KILL_AFTER_ACKS);
            assertThat(enoughAcks.await(60, TimeUnit.SECONDS)).as("commands answered before the kill").isTrue();
            phase(store, "burst to the kill", started);
            if (graceful) {
                // what docker stop does: SIGTERM, and SIGKILL only after the grace period
                int exit = first.terminate(Duration.ofSeconds(60));
                assertThat(exit).as("exit status after SIGTERM (128 + 15)").isEqualTo(143);
                phase(store, "graceful shutdown", started);
            } else {
                first.killHard();
            }
            assertThat(burst.awaitStopped(60)).as("clients stopped after the kill").isTrue();
        }
        if (graceful) {
            assertThat(java.nio.file.Files.readString(firstLog)).contains("Commencing graceful shutdown")
                    .contains("Graceful shutdown complete");
        }
        CommandBurst.Ledger ledger = burst.ledger();
        assertThat(ledger.refused).as("commands refused (the burst's own commands are all valid)").isEmpty();
        assertThat(ledger.acked).hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKS);
        assertThat(ledger.acked.size()).as("killed during the burst, not after it").isLessThan(COMMANDS);

        // ---- the event store, read directly ----
        Stored stored = read(store, dataDir);
        Set<String> lost = new HashSet<>();
        for (Map.Entry<String, CommandBurst.Acked> e : ledger.acked.entrySet()) {
            StoredEvent event = stored.byToken.get(e.getKey());
            CommandBurst.Acked acked = e.getValue();
            boolean present = event != null && event.caseId.equals(acked.caseId())
                    && (acked.kind() != CommandBurst.Kind.NOTE || acked.answeredId().equals(event.noteId));
            if (!present) {
                lost.add(e.getKey());
            }
        }
        Set<String> unexpected = new HashSet<>(stored.byToken.keySet());
        unexpected.removeAll(ledger.sent);
        unexpected.addAll(stored.duplicated);
        Set<String> inDoubt = new HashSet<>(ledger.sent);
        inDoubt.removeAll(ledger.acked.keySet());
        long inDoubtStored = inDoubt.stream().filter(stored.byToken::containsKey).count();
        System.out.printf("[%s] burst: %d sent, %d acknowledged, %d unanswered (%d of them stored); lost %d, "
                        + "unexpected %d; %d cases, %d events in the store%n", store.name(), ledger.sent.size(),
                ledger.acked.size(), ledger.unanswered.get(), inDoubtStored, lost.size(), unexpected.size(),
                stored.versions.size(), stored.events);
        assertThat(lost).as("answered 2xx but not in the event store").isEmpty();
        assertThat(unexpected).as("in the event store but sent by no client (or stored twice)").isEmpty();
        if (!graceful) {
            assertThat(ledger.unanswered.get()).as("commands in flight when the process was killed").isPositive();
        }

        // ---- restart: the read models converge to the event store ----
        Map<String, String> notConverged = new HashMap<>();
        try (TidemarkProcess second = TidemarkProcess.start(dataDir, secondLog, restartArgs(store))) {
            try {
                second.awaitHealthy(Duration.ofMinutes(3));
            } catch (IllegalStateException notHealthy) {
                Path kept = CrashForensics.keepLogs(store.name() + "-" + runId + "-restart", firstLog, secondLog);
                throw new IllegalStateException(notHealthy.getMessage() + "; logs kept in " + kept, notHealthy);
            }
            phase(store, "restart", started);
            ApiClient api = new ApiClient(second.baseUrl(), USER, PASSWORD);
            Map<String, Long> behind = new HashMap<>(stored.versions);
            Instant deadline = Instant.now().plusSeconds(60);
            Map<String, Long> seen = new HashMap<>();
            while (!behind.isEmpty() && Instant.now().isBefore(deadline)) {
                for (String id : List.copyOf(behind.keySet())) {
                    HttpResponse<String> page = api.get("/api/incidents/" + id);
                    if (page.statusCode() == 200) {
                        long version = JSON.readTree(page.body()).path("version").asLong(-1);
                        seen.put(id, version);
                        if (version == behind.get(id)) {
                            behind.remove(id);
                        }
                    }
                }
                if (!behind.isEmpty()) {
                    Thread.sleep(250);
                }
            }
            behind.forEach((id, v) -> notConverged.put(id, "stored " + v + ", read model " + seen.get(id)));
        }
        if (!notConverged.isEmpty()) {
            // both processes have stopped: keep their logs and read what the stores hold, for whoever looks next
            Path kept = CrashForensics.keepLogs(store.name() + "-" + runId, firstLog, secondLog);
            System.out.printf("[%s] NOT CONVERGED: %d cases; logs kept in %s%n%s", store.name(), notConverged.size(),
                    kept, CrashForensics.report(store, dataDir, notConverged.keySet()));
        }
        assertThat(notConverged).as("cases whose read model is not at the stored version after restart").isEmpty();
        System.out.printf("[%s] crash test took %d s%n", store.name(),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    private static void phase(BurstStore store, String what, long since) {
        System.out.printf("[%s] %s done at %.1f s%n", store.name(), what, (System.nanoTime() - since) / 1e9);
    }

    /** The restarted node waits out the dead node's claims (docs/platform-pitfalls.md #11): make that short. */
    private static String[] restartArgs(BurstStore store) {
        List<String> args = new ArrayList<>(store.appArgs());
        args.add("--tidemark.processors.claim-timeout=3s");
        return withTracing(args);
    }

    /**
     * The pooled processors' claims, releases, batches and stored tokens in the log, for a run that fails; and the read
     * store committed every 20 ms instead of every second, so that the kill finds far more commits to have landed
     * between (or, before decision 0023, inside) the projections' writes.
     */
    private static String[] withTracing(List<String> appArgs) {
        List<String> args = new ArrayList<>(appArgs);
        args.add("--tidemark.embedded-mongo.commit-interval=20ms");
        args.add("--logging.level.org.axonframework.eventhandling.pooled.Coordinator=DEBUG");
        args.add("--logging.level.org.axonframework.eventhandling.pooled.WorkPackage=DEBUG");
        return args.toArray(String[]::new);
    }

    private record StoredEvent(String caseId, String noteId) {
    }

    /** The burst's events by token, tokens stored more than once, and each incident's last sequence number. */
    private static final class Stored {
        final Map<String, StoredEvent> byToken = new HashMap<>();
        final Set<String> duplicated = new HashSet<>();
        final Map<String, Long> versions = new HashMap<>();
        long events;
    }

    private static Stored read(BurstStore store, Path dataDir) throws Exception {
        Stored stored = new Stored();
        Set<String> incidents = new HashSet<>();
        Map<String, Long> last = new HashMap<>();
        try (Connection c = store.connect();
             PreparedStatement ps = c.prepareStatement("SELECT aggregateIdentifier, sequenceNumber, payloadType, "
                     + "payload FROM DomainEventEntry ORDER BY globalIndex");
             ResultSet rs = ps.executeQuery()) {
            SealedValues open = SealedValues.in(c, dataDir);
            while (rs.next()) {
                stored.events++;
                String aggregate = rs.getString(1);
                String type = rs.getString(3);
                byte[] payload = rs.getBytes(4);
                last.merge(aggregate, rs.getLong(2), Math::max);
                if (type.endsWith(".IncidentLogged")) {
                    incidents.add(aggregate);
                }
                String token = CommandBurst.tokenOf(type, payload, open);
                if (token != null) {
                    String noteId = type.endsWith(".NoteAdded") ? CommandBurst.noteIdOf(payload) : null;
                    if (stored.byToken.put(token, new StoredEvent(aggregate, noteId)) != null) {
                        stored.duplicated.add(token);
                    }
                }
            }
        }
        for (String id : incidents) {
            stored.versions.put(id, last.get(id));
        }
        return stored;
    }
}
