package uk.tidemark.app.scaleout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import uk.tidemark.app.support.ApiClient;

import static uk.tidemark.app.support.ApiClient.idOf;
import uk.tidemark.app.support.TidemarkProcess;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scale-out (issue 6 part 4, decision 0019): two Tidemark processes — separate JVMs, so that nothing JVM-wide
 * (statics, Axon's node name, the aggregate cache) can hide a bug — on one PostgreSQL and one Mongo server.
 * <ol>
 * <li>every multi-segment event processor's segments end up split evenly between the two (token owners);</li>
 * <li>cases are worked on through both instances at once, each step of a case on the other instance than the
 * step before; a missed deadline fires once, not once per instance;</li>
 * <li>one instance is killed with SIGKILL while the other takes commands, so the segments it held move: the
 * survivor claims them all once the dead claims time out, replays what the dead one had not stored a token for,
 * and the read models still hold every case once, at its event-store version, with one chronology entry per
 * event;</li>
 * <li>the audit trail written by both is one valid chain, verified through each instance.</li>
 * </ol>
 */
class TwoInstancesTest {

    private static final String USER = "dsl";
    private static final String PASSWORD = "scale-out-password-1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CASES_PER_PHASE = 24;
    /** Processors with more than one segment, and how many each has (application.yml). */
    private static final Map<String, Integer> SPLIT_PROCESSORS = Map.of("incidents", 4, "hr-register", 2,
            "complaints-register", 2, "deadline-board", 2);
    private static final List<String> CASE_WALK = List.of("INCIDENT_LOGGED", "INCIDENT_TRIAGED", "NOTE_ADDED",
            "NOTE_ADDED", "INCIDENT_CLOSED");

    /** Under target/, not a temporary directory: the two instances' logs are kept for a failed run. */
    private final Path work = Path.of("target", "test-data", "scaleout-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    void twoInstancesShareTheStoresSplitTheSegmentsAndSurviveEachOther() throws Exception {
        try (SharedStores stores = SharedStores.start()) {
            stores.seedDsl(USER, PASSWORD);
            List<String> args = new ArrayList<>(stores.instanceArguments());
            args.addAll(List.of(
                    // docs/platform-pitfalls.md #11: a killed instance's claims block its segments this long.
                    // Well above 5 s: an idle pooled processor extends its claims only every 5 s, and on a loaded
                    // machine later, so a timeout close to it lets the instances take each other's live segments
                    // (decision 0019)
                    "--tidemark.processors.claim-timeout=10s",
                    "--tidemark.processors.balance-interval=1s",
                    // each step of a case goes to the other instance: no instance may trust a cached case
                    "--tidemark.command.aggregate-cache=false"));
            Path logA = work.resolve("a.log");
            Path logB = work.resolve("b.log");
            try (TidemarkProcess a = TidemarkProcess.start(dir("a"), logA, args.toArray(String[]::new));
                 TidemarkProcess b = TidemarkProcess.start(dir("b"), logB, args.toArray(String[]::new))) {
                a.awaitHealthy(Duration.ofSeconds(90));
                b.awaitHealthy(Duration.ofSeconds(90));
                mark("both healthy");
                ApiClient apiA = new ApiClient(a.baseUrl(), USER, PASSWORD);
                ApiClient apiB = new ApiClient(b.baseUrl(), USER, PASSWORD);
                List<ApiClient> both = List.of(apiA, apiB);

                // 1. the segments are shared out
                await("segments split between the instances").atMost(Duration.ofSeconds(45))
                        .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertSplitEvenly(stores));

                mark("segments split");
                // 2. work through both instances at once; one case left untriaged for its deadline
                ExecutorService clients = Executors.newFixedThreadPool(8);
                Map<String, Integer> notes = new ConcurrentHashMap<>();
                List<String> phaseOne = walkCases(clients, both, 0, false, notes);
                String overdue = idOf(apiA.post("/api/incidents", incident(999)));
                await("segments still split after the work").atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertSplitEvenly(stores));

                mark("phase one walked");
                // a missed deadline fires once although both instances poll the schedule
                makeDeadlinesDue(stores);
                await("first-response deadline of the untriaged case missed").atMost(Duration.ofSeconds(30))
                        .until(() -> scheduledDue(stores) == 0 && count(stores, overdue, "DeadlineMissed") >= 1);
                assertThat(count(stores, overdue, "DeadlineMissed")).as("DeadlineMissed events").isEqualTo(1);

                mark("deadline missed once");
                awaitConverged(stores, both, phaseOne, false, notes);
                for (ApiClient api : both) {
                    assertAuditValid(api);
                }

                mark("phase one converged, audit valid");
                // 3. phase two on A only; B is killed under it, holding segments
                CountDownLatch quarterDone = new CountDownLatch(CASES_PER_PHASE / 4);
                ExecutorService phases = Executors.newFixedThreadPool(2);
                CompletableFuture<List<String>> phaseTwo = CompletableFuture.supplyAsync(() -> {
                    try {
                        return walkCases(clients, List.of(apiA), CASES_PER_PHASE, true, notes, quarterDone);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, phases);
                CompletableFuture<List<String>> closing = CompletableFuture.supplyAsync(() -> {
                    try {
                        return closeAll(clients, apiA, phaseOne);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, phases);
                assertThat(quarterDone.await(60, TimeUnit.SECONDS)).isTrue();
                // both hold segments when B dies (a segment being handed over has no owner for a moment)
                assertThat(owners(stores, "incidents")).filteredOn(Objects::nonNull).hasSize(2);
                b.killHard();

                mark("B killed");
                List<String> all = new ArrayList<>(phaseOne);
                all.addAll(phaseTwo.get(90, TimeUnit.SECONDS));
                closing.get(90, TimeUnit.SECONDS);
                clients.shutdown();
                phases.shutdown();

                await("the survivor holds every segment").atMost(Duration.ofSeconds(45))
                        .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                            for (Map.Entry<String, Integer> p : SPLIT_PROCESSORS.entrySet()) {
                                Map<Integer, String> owners = segmentOwners(stores, p.getKey());
                                assertThat(owners).as(p.getKey()).hasSize(p.getValue());
                                assertThat(new HashSet<>(owners.values())).as(p.getKey()).hasSize(1)
                                        .doesNotContainNull();
                            }
                        });
                mark("survivor holds every segment");
                awaitConverged(stores, List.of(apiA), all, true, notes);
                // the case with the missed deadline is the only other case
                assertThat(stores.readModels().getCollection("incidents").countDocuments())
                        .isEqualTo(all.size() + 1L);
                mark("converged after takeover");
                everyCaseHasItsOwnReference(stores);
                assertAuditValid(apiA);
                assertThat(Files.readString(logA)).doesNotContain("Exception in thread");
            }
        }
    }

    private final long started = System.nanoTime();

    private void mark(String what) {
        System.out.printf("TwoInstancesTest %6.1f s: %s%n", (System.nanoTime() - started) / 1e9, what);
    }

    private Path dir(String name) throws Exception {
        return Files.createDirectories(work.resolve(name));
    }

    /** Each case: log, triage, two notes (and close); each step on the other instance than the one before. */
    private static List<String> walkCases(ExecutorService pool, List<ApiClient> apis, int first, boolean close,
                                          Map<String, Integer> notes, CountDownLatch... progress) throws Exception {
        List<CompletableFuture<String>> walks = new ArrayList<>();
        for (int i = first; i < first + CASES_PER_PHASE; i++) {
            int n = i;
            walks.add(CompletableFuture.supplyAsync(() -> {
                try {
                    int step = n;
                    String id = idOf(expect(201, apis.get(step++ % apis.size()).post("/api/incidents", incident(n))));
                    expect(200, apis.get(step++ % apis.size()).post("/api/incidents/" + id + "/triage",
                            "{\"severity\":\"MEDIUM\",\"reason\":\"Unkind messages, no risk of harm\"}"));
                    for (int k = 0; k < 2; k++) {
                        expect(201, apis.get(step++ % apis.size()).post("/api/incidents/" + id + "/notes",
                                "{\"text\":\"Spoke to the pupil, note " + k + "\"}"));
                    }
                    notes.put(id, 2);
                    if (close) {
                        close(apis.get(step % apis.size()), id);
                    }
                    for (CountDownLatch latch : progress) {
                        latch.countDown();
                    }
                    return id;
                } catch (Exception e) {
                    throw new IllegalStateException("case " + n, e);
                }
            }, pool));
        }
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<String> walk : walks) {
            ids.add(walk.get(120, TimeUnit.SECONDS));
        }
        return ids;
    }

    private static List<String> closeAll(ExecutorService pool, ApiClient api, List<String> ids) throws Exception {
        List<CompletableFuture<Void>> closes = new ArrayList<>();
        for (String id : ids) {
            closes.add(CompletableFuture.runAsync(() -> {
                try {
                    close(api, id);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, pool));
        }
        for (CompletableFuture<Void> c : closes) {
            c.get(120, TimeUnit.SECONDS);
        }
        return ids;
    }

    private static void close(ApiClient api, String id) throws Exception {
        expect(200, api.post("/api/incidents/" + id + "/close",
                "{\"outcome\":\"NO_FURTHER_ACTION\",\"rationale\":\"Resolved with the families\"}"));
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() / 100 != status / 100) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response;
    }

    /**
     * Every case in the read models once, at the version the event store holds for it, with one chronology entry
     * per step and no other; each instance answers the same.
     */
    private static void awaitConverged(SharedStores stores, List<ApiClient> apis, List<String> ids, boolean closed,
                                       Map<String, Integer> notes) {
        List<String> expectedTypes = closed ? CASE_WALK : CASE_WALK.subList(0, 4);
        await("read models converged").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    Map<String, Long> versions = eventStoreVersions(stores, ids);
                    MongoCollection<Document> incidents = stores.readModels().getCollection("incidents");
                    MongoCollection<Document> chronology = stores.readModels().getCollection("chronology");
                    for (String id : ids) {
                        List<Document> docs = incidents.find(Filters.eq("_id", id)).into(new ArrayList<>());
                        assertThat(docs).as("documents of " + id).hasSize(1);
                        Document doc = docs.get(0);
                        assertThat(((Number) doc.get("lastSequence")).longValue()).as("version of " + id)
                                .isEqualTo(versions.get(id));
                        assertThat(doc.getList("notes", Document.class)).as("notes of " + id)
                                .hasSize(notes.get(id));
                        List<Document> entries = chronology.find(Filters.eq("incidentId", id))
                                .sort(new Document("sequence", 1)).into(new ArrayList<>());
                        assertThat(entries).extracting(e -> e.getString("type")).as("chronology of " + id)
                                .containsExactlyElementsOf(expectedTypes);
                        assertThat(entries).extracting(e -> e.get("sequence")).doesNotHaveDuplicates();
                    }
                    for (ApiClient api : apis) {
                        String one = ids.get(ids.size() - 1);
                        JsonNode detail = JSON.readTree(expect(200, api.get("/api/incidents/" + one)).body());
                        assertThat(detail.get("status").asText()).isEqualTo(closed ? "CLOSED" : "OPEN");
                    }
                });
    }

    /**
     * Decision 0038: both instances counted on one row per code and year, so no two cases share a reference, even
     * with one instance killed while its commands were in flight (a number it had counted for a case it never stored
     * is a gap, never a second use).
     */
    private static void everyCaseHasItsOwnReference(SharedStores stores) {
        List<String> references = stores.readModels().getCollection("incidents").find()
                .map(d -> d.getString("reference")).into(new ArrayList<>());
        assertThat(references).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(references).allSatisfy(r -> assertThat(r).matches("[A-Z]{2,4}-\\d{2}-\\d{4,}"));
    }

    private static void assertAuditValid(ApiClient api) throws Exception {
        HttpResponse<String> verify = expect(200, api.get("/api/audit/verify"));
        JsonNode body = JSON.readTree(verify.body());
        assertThat(body.get("valid").asBoolean()).as("audit chain: " + verify.body()).isTrue();
    }

    /** Both instances own segments of every multi-segment processor, as evenly as the count allows. */
    private static void assertSplitEvenly(SharedStores stores) {
        Set<String> everyOwner = new HashSet<>();
        for (Map.Entry<String, Integer> p : SPLIT_PROCESSORS.entrySet()) {
            Map<Integer, String> owners = segmentOwners(stores, p.getKey());
            assertThat(owners).as(p.getKey() + " segments").hasSize(p.getValue());
            Map<String, Integer> held = new HashMap<>();
            owners.values().forEach(o -> held.merge(String.valueOf(o), 1, Integer::sum));
            assertThat(held).as(p.getKey() + " segments per owner " + owners).hasSize(2)
                    .allSatisfy((owner, n) -> assertThat(n).isEqualTo(p.getValue() / 2));
            everyOwner.addAll(held.keySet());
        }
        assertThat(everyOwner).as("the same two instances everywhere").hasSize(2).doesNotContain("null");
    }

    /** segment → owner from the token store (Axon's MongoTokenStore collection). */
    private static Map<Integer, String> segmentOwners(SharedStores stores, String processor) {
        Map<Integer, String> owners = new TreeMap<>();
        stores.readModels().getCollection("trackingtokens").find(Filters.eq("processorName", processor))
                .forEach(d -> owners.put(((Number) d.get("segment")).intValue(), d.getString("owner")));
        return owners;
    }

    private static Set<String> owners(SharedStores stores, String processor) {
        return new HashSet<>(segmentOwners(stores, processor).values());
    }

    private static Map<String, Long> eventStoreVersions(SharedStores stores, List<String> ids) throws Exception {
        Map<String, Long> versions = new HashMap<>();
        try (Connection c = stores.sql(); PreparedStatement ps = c.prepareStatement(
                "SELECT aggregateidentifier, MAX(sequencenumber) FROM domainevententry GROUP BY aggregateidentifier");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                versions.put(rs.getString(1), rs.getLong(2));
            }
        }
        versions.keySet().retainAll(ids);
        return versions;
    }

    private static long count(SharedStores stores, String caseId, String eventType) throws Exception {
        try (Connection c = stores.sql(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE ?")) {
            ps.setString(1, caseId);
            ps.setString(2, "%." + eventType);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** As if the days had passed: every stored deadline falls due now (db-scheduler's table, shared). */
    private static void makeDeadlinesDue(SharedStores stores) throws Exception {
        try (Connection c = stores.sql(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE scheduled_tasks SET execution_time = now() - interval '1 second'"))
                    .isPositive();
        }
    }

    private static long scheduledDue(SharedStores stores) throws Exception {
        try (Connection c = stores.sql(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= now()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String incident(int i) {
        return ApiClient.incidentBody(SharedStores.SETTING_ID,
                "Scale-out report " + i + ": unkind messages in a group chat", i);
    }
}
