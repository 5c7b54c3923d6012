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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.tidemark.app.scaleout.CaseWalks.CASES_PER_PHASE;
import static uk.tidemark.app.scaleout.CaseWalks.closeAll;
import static uk.tidemark.app.scaleout.CaseWalks.expect;
import static uk.tidemark.app.scaleout.CaseWalks.incident;
import static uk.tidemark.app.scaleout.CaseWalks.walkCases;

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
    /** Processors with more than one segment, and how many each has (application.yml). */
    private static final Map<String, Integer> SPLIT_PROCESSORS = Map.of("incidents", 4, "hr-register", 2,
            "complaints-register", 2, "deadline-board", 2, "registers", 2);
    private static final List<String> CASE_WALK = List.of("INCIDENT_LOGGED", "INCIDENT_TRIAGED", "NOTE_ADDED",
            "NOTE_ADDED", "INCIDENT_CLOSED", "RETENTION_SCHEDULED");

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
                stores.makeDeadlinesDue();
                await("first-response deadline of the untriaged case missed").atMost(Duration.ofSeconds(30))
                        .until(() -> stores.deadlinesDue() == 0 && stores.eventCount(overdue, "DeadlineMissed") >= 1);
                assertThat(stores.eventCount(overdue, "DeadlineMissed")).as("DeadlineMissed events").isEqualTo(1);

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
                assertThat(new HashSet<>(stores.segmentOwners("incidents").values())).filteredOn(Objects::nonNull)
                        .hasSize(2);
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
                                Map<Integer, String> owners = stores.segmentOwners(p.getKey());
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

    /**
     * Every case in the read models once, at the version the event store holds for it, with one chronology entry
     * per step and no other; each instance answers the same.
     */
    private static void awaitConverged(SharedStores stores, List<ApiClient> apis, List<String> ids, boolean closed,
                                       Map<String, Integer> notes) {
        List<String> expectedTypes = closed ? CASE_WALK : CASE_WALK.subList(0, 4);
        await("read models converged").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    Map<String, Long> versions = stores.eventStoreVersions(ids);
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
            Map<Integer, String> owners = stores.segmentOwners(p.getKey());
            assertThat(owners).as(p.getKey() + " segments").hasSize(p.getValue());
            Map<String, Integer> held = new HashMap<>();
            owners.values().forEach(o -> held.merge(String.valueOf(o), 1, Integer::sum));
            assertThat(held).as(p.getKey() + " segments per owner " + owners).hasSize(2)
                    .allSatisfy((owner, n) -> assertThat(n).isEqualTo(p.getValue() / 2));
            everyOwner.addAll(held.keySet());
        }
        assertThat(everyOwner).as("the same two instances everywhere").hasSize(2).doesNotContain("null");
    }
}
