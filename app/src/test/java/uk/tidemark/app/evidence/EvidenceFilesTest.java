package uk.tidemark.app.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.AuditFixture;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.Multipart;
import uk.tidemark.app.fixture.RunningApp;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.AuditFixture.details;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.EvidencePictures.contains;
import static uk.tidemark.app.fixture.EvidencePictures.pngWithCanary;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Evidence files through the API (issue 15, decision 0037): a screenshot uploaded comes back byte for byte with its
 * SHA-256, small as a thumbnail without its metadata, and is nowhere in plain under the data directory; the reporter
 * adds files to their own report and reads back only those; refused uploads (type, size, a refused command) keep
 * nothing; and who may not see the case gets the unknown id's 404.
 */
@RunningApp
class EvidenceFilesTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    AuditFixture audit;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${tidemark.data-dir-absolute}")
    String dataDir;

    @Test
    void aScreenshotComesBackByteForByteAndIsNowhereInPlain() throws IOException {
        String canary = "tidemark-canary-" + UUID.randomUUID();
        byte[] png = pngWithCanary(1200, 800, canary);
        String id = cases.logCase(STAFF_A, caseBody());
        cases.awaitVersion(DSL_A, id, 0);

        // the client claims a type; the server tells it from the bytes
        Reply created = api.upload(DSL_A, "/api/incidents/" + id + "/evidence", new Multipart()
                .field("description", "Screenshot of the comments")
                .field("capturedAt", "2026-12-01T16:05:00Z")
                .field("url", "https://instagram.example/p/123")
                .file("file", "IMG_0042.PNG", "application/octet-stream", png), null);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String evidenceId = created.json().path("evidenceId").asText();
        assertThat(created.json().path("sha256").asText()).isEqualTo(EvidenceFiles.sha256(png));
        assertThat(created.json().path("size").asLong()).isEqualTo(png.length);
        assertThat(created.json().path("contentType").asText()).isEqualTo("image/png");

        HttpResponse<byte[]> download = api.download(DSL_A, "/api/incidents/" + id + "/evidence/" + evidenceId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(png);
        assertThat(EvidenceFiles.sha256(download.body())).isEqualTo(EvidenceFiles.sha256(png));
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("IMG_0042.PNG");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        HttpResponse<byte[]> thumbnail = api.download(DSL_A,
                "/api/incidents/" + id + "/evidence/" + evidenceId + "/thumbnail");
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(thumbnail.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
        assertThat(Math.max(small.getWidth(), small.getHeight())).isEqualTo(320);
        assertThat(small.getWidth()).as("the picture's proportions").isEqualTo(320);
        assertThat(small.getHeight()).isEqualTo(213);
        assertThat(contains(thumbnail.body(), canary.getBytes(StandardCharsets.US_ASCII)))
                .as("the thumbnail carries none of the original's metadata").isFalse();

        JsonNode evidence = cases.awaitVersion(DSL_A, id, 1).path("evidence").get(0);
        assertThat(evidence.path("description").asText()).isEqualTo("Screenshot of the comments");
        assertThat(evidence.path("sha256").asText()).isEqualTo(EvidenceFiles.sha256(png));
        assertThat(evidence.path("recordedBy").asText()).isEqualTo(DSL_A);
        assertThat(evidence.path("file").path("name").asText()).isEqualTo("IMG_0042.PNG");
        assertThat(evidence.path("file").path("size").asLong()).isEqualTo(png.length);
        assertThat(evidence.path("file").path("download").asText())
                .isEqualTo("/api/incidents/" + id + "/evidence/" + evidenceId);
        assertThat(evidence.path("file").path("thumbnail").asText()).endsWith("/thumbnail");
        assertThat(cases.awaitChronology(DSL_A, id, 2).get(1).path("summary").asText())
                .contains("Screenshot of the comments", "file IMG_0042.PNG");

        // each download and thumbnail is a read of case data, naming the file
        List<Map<String, Object>> reads = audit.awaitAudit(2, "kind = 'READ' AND case_id = ? AND details LIKE ?",
                id, "%" + evidenceId + "%");
        assertThat(reads).extracting(row -> details(row).path("view").asText())
                .contains("EVIDENCE_FILE", "EVIDENCE_THUMBNAIL");

        // the canary is nowhere in plain under the data directory (event store, accounts, keys, read store)
        byte[] needle = canary.getBytes(StandardCharsets.US_ASCII);
        assertThat(filesUnder(Path.of(dataDir))).isNotEmpty().allSatisfy(file ->
                assertThat(contains(Files.readAllBytes(file), needle)).as("%s holds the file in plain", file).isFalse());
        // and the row holds it sealed: the stored content is not the file
        byte[] stored = jdbc.queryForObject("SELECT content FROM tidemark_evidence_file WHERE evidence_id = ?",
                byte[].class, evidenceId);
        assertThat(contains(stored, needle)).isFalse();
        assertThat(stored.length).isEqualTo(png.length + 12 + 16); // nonce and tag
    }

    @Test
    void theReporterAddsFilesToTheirOwnReportAndReadsBackOnlyThose() {
        String id = cases.logCase(STAFF_A, caseBody());
        cases.awaitVersion(DSL_A, id, 0);
        byte[] theirs = pngWithCanary(40, 30, "reporter's");
        Reply added = api.upload(STAFF_A, "/api/incidents/" + id + "/evidence",
                new Multipart().file("file", "screenshot.png", "image/png", theirs), null);
        assertThat(added.status()).as("%s", added).isEqualTo(201);
        String mine = added.json().path("evidenceId").asText();
        Reply dsls = api.upload(DSL_A, "/api/incidents/" + id + "/evidence",
                new Multipart().file("file", "notes.txt", "text/plain",
                        "Spoke to the pupil at 10:15.".getBytes(StandardCharsets.UTF_8)), null);
        assertThat(dsls.status()).as("%s", dsls).isEqualTo(201);
        assertThat(dsls.json().path("contentType").asText()).isEqualTo("text/plain");
        String leads = dsls.json().path("evidenceId").asText();

        // the reporter's status view lists their own file, named by what their device called it
        JsonNode status = cases.awaitGet(STAFF_A, "/api/incidents/" + id,
                r -> r.status() == 200 && r.json().path("files").size() == 1, "the reporter's files");
        assertThat(status.path("files").get(0).path("name").asText()).isEqualTo("screenshot.png");
        assertThat(status.path("files").get(0).path("id").asText()).isEqualTo(mine);
        assertThat(status.has("evidence")).as("the reporter sees nothing else of the case").isFalse();
        assertThat(api.download(STAFF_A, "/api/incidents/" + id + "/evidence/" + mine).body()).isEqualTo(theirs);
        // the lead's file: not theirs to see
        assertThat(api.download(STAFF_A, "/api/incidents/" + id + "/evidence/" + leads).statusCode()).isEqualTo(404);
        assertThat(api.download(DSL_A, "/api/incidents/" + id + "/evidence/" + leads).statusCode()).isEqualTo(200);

        // another setting's lead and HR: the unknown case's 404, word for word
        String unknownCase = assertProblem(api.get(DSL_B, "/api/incidents/no-such-case/evidence/" + mine), 404)
                .path("detail").asText();
        for (String outsider : List.of(DSL_B, HR)) {
            assertThat(assertProblem(api.get(outsider, "/api/incidents/" + id + "/evidence/" + mine), 404)
                    .path("detail").asText()).isEqualTo(unknownCase);
            assertThat(api.upload(outsider, "/api/incidents/" + id + "/evidence",
                    new Multipart().file("file", "x.png", "image/png", theirs), null).status()).isEqualTo(404);
        }
        assertThat(api.download(DSL_A, "/api/incidents/" + id + "/evidence/no-such-file").statusCode())
                .isEqualTo(404);
    }

    @Test
    void anUploadSentAgainWithItsIdempotencyKeyIsKeptOnce() {
        String id = cases.logCase(STAFF_A, caseBody());
        cases.awaitVersion(DSL_A, id, 0);
        byte[] png = pngWithCanary(30, 20, "once");
        String key = "\"" + UUID.randomUUID() + "\"";
        String path = "/api/incidents/" + id + "/evidence";
        // a phone on a bad connection: the same file sent twice (each sending has a boundary of its own)
        Reply first = api.uploadOnce(DSL_A, path, new Multipart().file("file", "s.png", "image/png", png), key);
        Reply again = api.uploadOnce(DSL_A, path, new Multipart().file("file", "s.png", "image/png", png), key);
        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_evidence_file WHERE case_id = ?", Long.class,
                id)).isEqualTo(1);
        // another file under the same key is refused
        Reply other = api.uploadOnce(DSL_A, path, new Multipart().file("file", "t.png", "image/png",
                pngWithCanary(30, 20, "other")), key);
        assertProblem(other, 422);
    }

    @Test
    void anUploadRefusedKeepsNothing() {
        String id = cases.logCase(STAFF_A, caseBody());
        cases.awaitVersion(DSL_A, id, 0);
        long events = cases.storedEventCount();
        String path = "/api/incidents/" + id + "/evidence";

        // a web page called a PNG: refused for what it is
        Reply page = api.upload(DSL_A, path, new Multipart().file("file", "photo.png", "image/png",
                "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), null);
        assertThat(assertProblem(page, 415).path("detail").asText()).isEqualTo("The selected file must be a screenshot or "
                + "photo (PNG, JPEG, GIF, WebP, HEIC), a PDF, a video (MP4, MOV, WebM) or a text file.");
        // larger than the limit
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(pngWithCanary(10, 10, "x"), 0, large, 0, 60);
        Reply tooLarge = api.upload(DSL_A, path, new Multipart().file("file", "big.png", "image/png", large), null);
        assertThat(assertProblem(tooLarge, 413).path("detail").asText()).isEqualTo("The selected file must be smaller than 20 MB.");
        // empty, missing, or with a bad field
        assertThat(assertProblem(api.upload(DSL_A, path, new Multipart().file("file", "e.png", "image/png",
                new byte[0]), null), 400).path("errors").findValuesAsText("field")).containsExactly("file");
        assertThat(assertProblem(api.upload(DSL_A, path, new Multipart().field("description", "no file"), null), 400)
                .path("errors").findValuesAsText("field")).containsExactly("file");
        assertThat(assertProblem(api.upload(DSL_A, path, new Multipart().field("capturedAt", "yesterday")
                .file("file", "s.png", "image/png", pngWithCanary(10, 10, "x")), null), 400)
                .path("errors").findValuesAsText("field")).containsExactly("capturedAt");

        // a command the case refuses (a stale version): the file is not kept either
        Reply stale = api.upload(DSL_A, path, new Multipart().file("file", "s.png", "image/png",
                pngWithCanary(10, 10, "stale")), "\"7\"");
        assertProblem(stale, 409);

        assertThat(cases.storedEventCount()).isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_evidence_file WHERE case_id = ?", Long.class,
                id)).isZero();
    }

    private static List<Path> filesUnder(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
