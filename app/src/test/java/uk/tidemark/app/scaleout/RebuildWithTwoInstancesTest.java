package uk.tidemark.app.scaleout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import uk.tidemark.app.support.ApiClient;

import static uk.tidemark.app.support.ApiClient.idOf;
import uk.tidemark.app.support.TidemarkProcess;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A projection rebuild asked of one instance while another holds segments of that processor (decision 0019,
 * "Rebuilds"): the asked instance records the request in {@code rebuilds}, the other stops its processor (releasing
 * its claims), the asked one resets every token and replays, and the other starts again. Afterwards the read model
 * hashes the same as before, both instances run the processor (and neither replays), the request is gone, and new
 * commands on either instance still project.
 */
class RebuildWithTwoInstancesTest {

    private static final String USER = "dsl";
    private static final String PASSWORD = "rebuild-password-1";
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "rebuild-admin-password-1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CASES = 16;

    private final Path work = Path.of("target", "test-data", "rebuild-" + UUID.randomUUID()).toAbsolutePath();
    private final long started = System.nanoTime();

    @Test
    void aRebuildAskedOfOneInstanceCoordinatesWithTheOtherAndLeavesBothRunning() throws Exception {
        try (SharedStores stores = SharedStores.start()) {
            stores.seedDsl(USER, PASSWORD);
            seedAdmin(stores);
            List<String> args = new ArrayList<>(stores.instanceArguments());
            // the default claim timeout (10 s): nothing is killed here, and a shorter one lets a loaded machine's
            // instances take each other's live segments (decision 0019)
            args.addAll(List.of("--tidemark.processors.balance-interval=1s",
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
                ApiClient adminA = new ApiClient(a.baseUrl(), ADMIN, ADMIN_PASSWORD);
                ApiClient adminB = new ApiClient(b.baseUrl(), ADMIN, ADMIN_PASSWORD);

                List<String> ids = logCases(List.of(apiA, apiB));
                mark(CASES + " cases logged and noted");
                await("both instances hold segments of incidents").atMost(Duration.ofSeconds(45))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> owners(stores).size() == 2 && !owners(stores).contains(null));
                awaitProjected(stores, ids);
                String before = hash(stores, "incidents") + " / " + hash(stores, "chronology");
                mark("segments split, read model converged: " + before);

                Set<String> ownersAtRebuild = new HashSet<>(owners(stores));
                ownersAtRebuild.remove(null); // a segment being handed over has no owner for a moment
                HttpResponse<String> rebuild = adminA.post("/api/admin/projections/incidents/rebuild", "{}");
                mark("rebuild answered " + rebuild.statusCode() + " " + rebuild.body());
                assertThat(ownersAtRebuild).as("B held segments when A was asked").hasSize(2);
                assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(202);

                await("rebuilt, and running on both instances").atMost(Duration.ofSeconds(40))
                        .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                            for (ApiClient admin : List.of(adminA, adminB)) {
                                JsonNode incidents = processor(admin, "incidents");
                                assertThat(incidents.get("running").asBoolean()).as(incidents.toString()).isTrue();
                                assertThat(incidents.get("replaying").asBoolean()).as(incidents.toString()).isFalse();
                            }
                            assertThat(hash(stores, "incidents") + " / " + hash(stores, "chronology"))
                                    .isEqualTo(before);
                        });
                mark("rebuilt, equal to before, running on both");
                assertThat(stores.readModels().getCollection("rebuilds").countDocuments()).as("requests left")
                        .isZero();
                // the rebuild went through the coordination, not around it
                assertThat(Files.readString(logA)).contains("Rebuild of incidents requested here")
                        .contains("Rebuild of incidents started");
                assertThat(Files.readString(logB)).contains("Stopping incidents while another instance rebuilds it")
                        .contains("Starting incidents again");

                // new commands on either instance still project
                List<String> after = new ArrayList<>(ids);
                after.add(idOf(apiA.post("/api/incidents", incident(100))));
                after.add(idOf(apiB.post("/api/incidents", incident(101))));
                awaitProjected(stores, after);
                // and the segments are shared again once the replay is over
                await("both instances hold segments of incidents again").atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> owners(stores).size() == 2 && !owners(stores).contains(null));
                mark("new cases projected, segments shared again");
                for (Path log : List.of(logA, logB)) {
                    assertThat(Files.readString(log)).doesNotContain("Exception in thread");
                }
            }
        }
    }

    private void mark(String what) {
        System.out.printf("RebuildWithTwoInstancesTest %6.1f s: %s%n", (System.nanoTime() - started) / 1e9, what);
    }

    private Path dir(String name) throws Exception {
        return Files.createDirectories(work.resolve(name));
    }

    /** Each case logged on one instance and given a note on the other. */
    private static List<String> logCases(List<ApiClient> apis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<String>> walks = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                int n = i;
                walks.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        String id = idOf(apis.get(n % 2).post("/api/incidents", incident(n)));
                        HttpResponse<String> note = apis.get((n + 1) % 2).post("/api/incidents/" + id + "/notes",
                                "{\"text\":\"Spoke to the pupil\"}");
                        assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
                        return id;
                    } catch (Exception e) {
                        throw new IllegalStateException("case " + n, e);
                    }
                }, pool));
            }
            List<String> ids = new ArrayList<>();
            for (CompletableFuture<String> walk : walks) {
                ids.add(walk.get(60, TimeUnit.SECONDS));
            }
            return ids;
        } finally {
            pool.shutdown();
        }
    }

    private static JsonNode processor(ApiClient admin, String name) throws Exception {
        HttpResponse<String> list = admin.get("/api/admin/projections");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        for (JsonNode p : JSON.readTree(list.body())) {
            if (name.equals(p.get("name").asText())) {
                return p;
            }
        }
        throw new AssertionError("no processor " + name + " in " + list.body());
    }

    /** Every case once in the read model, at the version the event store holds for it. */
    private static void awaitProjected(SharedStores stores, List<String> ids) {
        await("read model converged").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    Map<String, Long> versions = versions(stores);
                    Map<String, Long> projected = new HashMap<>();
                    stores.readModels().getCollection("incidents").find(Filters.in("_id", ids))
                            .forEach(d -> projected.put(d.getString("_id"),
                                    ((Number) d.get("lastSequence")).longValue()));
                    Map<String, Long> expected = ids.stream().collect(Collectors.toMap(id -> id, versions::get));
                    assertThat(projected).isEqualTo(expected);
                });
    }

    private static Set<String> owners(SharedStores stores) {
        Set<String> owners = new HashSet<>();
        stores.readModels().getCollection("trackingtokens").find(Filters.eq("processorName", "incidents"))
                .forEach(d -> owners.add(d.getString("owner")));
        return owners;
    }

    /** The collection's documents, sorted by _id, in canonical JSON (fields sorted), hashed. */
    private static String hash(SharedStores stores, String collection) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<Document> docs = stores.readModels().getCollection(collection).find().into(new ArrayList<>());
        docs.sort((x, y) -> String.valueOf(x.get("_id")).compareTo(String.valueOf(y.get("_id"))));
        for (Document doc : docs) {
            sha.update(canonical(doc).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return docs.size() + " " + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    private static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, String> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
            return sorted.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RebuildWithTwoInstancesTest::canonical).toList().toString();
        }
        return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
    }

    private static Map<String, Long> versions(SharedStores stores) throws Exception {
        Map<String, Long> versions = new HashMap<>();
        try (Connection c = stores.sql(); PreparedStatement ps = c.prepareStatement(
                "SELECT aggregateidentifier, MAX(sequencenumber) FROM domainevententry GROUP BY aggregateidentifier");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                versions.put(rs.getString(1), rs.getLong(2));
            }
        }
        return versions;
    }

    /** An administrator, as another administrator would have made one before the instances start. */
    private static void seedAdmin(SharedStores stores) throws Exception {
        try (Connection c = stores.sql()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tidemark_user (username, display_name, "
                    + "password_hash, trust_id, trust_wide, enabled, created_at) VALUES (?, ?, ?, ?, TRUE, TRUE, ?)")) {
                ps.setString(1, ADMIN);
                ps.setString(2, "Rebuild Admin");
                ps.setString(3, new BCryptPasswordEncoder(4).encode(ADMIN_PASSWORD)); // least cost: see TestAccounts.QUICK_HASH
                ps.setString(4, "scale-trust");
                ps.setTimestamp(5, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO tidemark_user_role (username, role) VALUES (?, ?)")) {
                ps.setString(1, ADMIN);
                ps.setString(2, "ADMIN");
                ps.executeUpdate();
            }
        }
    }

    private static String incident(int i) {
        return ApiClient.incidentBody(SharedStores.SETTING_ID,
                "Rebuild report " + i + ": unkind messages in a group chat", i);
    }
}
