package uk.tidemark.app.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.tidemark.app.evidence.EvidenceFiles;
import uk.tidemark.app.fixture.Multipart;
import uk.tidemark.app.support.ApiClient;
import uk.tidemark.app.support.TidemarkProcess;
import uk.tidemark.app.upgrade.PlainSqlDump;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.EvidencePictures.contains;
import static uk.tidemark.app.fixture.EvidencePictures.pngWithCanary;

/**
 * An evidence file answered 201 survives SIGKILL straight after the answer, on either store, and comes back byte for
 * byte from the restarted application; and its bytes (a PNG carrying a known byte string) are nowhere in plain: not in
 * any file under the data directory, not in a dump of the PostgreSQL database, not in PostgreSQL's own files.
 */
class EvidenceKillNineTest {

    private static final String USER = "dsl";
    private static final String PASSWORD = "evidence-password-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void onTheEmbeddedH2Store() throws Exception {
        try (BurstStore store = BurstStore.h2(dataDir)) {
            uploadKillAndRead(store);
        }
    }

    @Test
    void onPostgresql() throws Exception {
        try (BurstStore store = BurstStore.postgres()) {
            uploadKillAndRead(store);
        }
    }

    private void uploadKillAndRead(BurstStore store) throws Exception {
        store.seedDsl(USER, PASSWORD);
        String canary = "tidemark-canary-" + UUID.randomUUID();
        byte[] png = pngWithCanary(900, 600, canary);
        String id;
        String evidenceId;
        try (TidemarkProcess app = TidemarkProcess.start(dataDir, dataDir.resolve("first.log"),
                store.appArgs().toArray(String[]::new))) {
            app.awaitHealthy(Duration.ofSeconds(120));
            ApiClient api = new ApiClient(app.baseUrl(), USER, PASSWORD);
            id = ApiClient.idOf(api.post("/api/incidents",
                    ApiClient.incidentBody(BurstStore.SETTING_ID, "A screenshot, then a crash", "kill")));
            HttpResponse<String> created = api.upload("/api/incidents/" + id + "/evidence", new Multipart()
                    .field("description", "Screenshot of the post")
                    .file("file", "IMG_0042.PNG", "image/png", png));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            evidenceId = JSON.readTree(created.body()).path("evidenceId").asText();
            app.killHard(); // at once: the 201 is all the client knows
        }

        try (TidemarkProcess app = TidemarkProcess.start(dataDir, dataDir.resolve("second.log"),
                store.appArgs().toArray(String[]::new))) {
            app.awaitHealthy(Duration.ofSeconds(120));
            ApiClient api = new ApiClient(app.baseUrl(), USER, PASSWORD);
            HttpResponse<byte[]> download = api.download("/api/incidents/" + id + "/evidence/" + evidenceId);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(png);
            assertThat(EvidenceFiles.sha256(download.body())).isEqualTo(EvidenceFiles.sha256(png));
            JsonNode evidence = awaitEvidence(api, id);
            assertThat(evidence.path("sha256").asText()).isEqualTo(EvidenceFiles.sha256(png));
            assertThat(evidence.path("file").path("name").asText()).isEqualTo("IMG_0042.PNG");
        }

        byte[] needle = canary.getBytes(StandardCharsets.US_ASCII);
        for (Path file : filesUnder(dataDir)) {
            assertThat(contains(Files.readAllBytes(file), needle)).as("%s holds the file in plain", file).isFalse();
        }
        if (store.name().equals("PostgreSQL")) {
            try (Connection c = store.connect(); Statement s = c.createStatement()) {
                StringWriter dump = new StringWriter();
                PlainSqlDump.write(c, dump);
                assertThat(dump.toString()).contains("tidemark_evidence_file").doesNotContain(canary)
                        .doesNotContain(HexFormat.of().formatHex(needle));
                s.execute("CHECKPOINT");
                ResultSet dir = s.executeQuery("SHOW data_directory");
                dir.next();
                List<Path> files = filesUnder(Path.of(dir.getString(1)));
                assertThat(files).isNotEmpty();
                for (Path file : files) {
                    assertThat(contains(Files.readAllBytes(file), needle)).as("%s holds the file in plain", file)
                            .isFalse();
                }
            }
        }
    }

    private static JsonNode awaitEvidence(ApiClient api, String id) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            HttpResponse<String> c = api.get("/api/incidents/" + id);
            if (c.statusCode() == 200) {
                JsonNode evidence = JSON.readTree(c.body()).path("evidence");
                if (evidence.size() == 1) {
                    return evidence.get(0);
                }
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("the read model did not reach the evidence: " + c.body());
            }
            Thread.sleep(200);
        }
    }

    private static List<Path> filesUnder(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).filter(Files::isReadable).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
