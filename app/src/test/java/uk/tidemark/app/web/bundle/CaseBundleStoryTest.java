package uk.tidemark.app.web.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.audit.VerifyBundle;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.AuditFixture;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.EvidencePictures;
import uk.tidemark.app.fixture.Multipart;
import uk.tidemark.app.fixture.RunningApp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.*;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 20's bundle "done when" over HTTP (decision 0054): a bundle exported and then verified passes; one byte
 * changed in any file (the PDF, an evidence file, case.json), or a file removed, fails with the file named; the audit
 * trail holds the export with its hashes and its chain stays valid. The jar's verifier says the same of the bytes.
 */
@RunningApp
class CaseBundleStoryTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    AuditFixture audit;

    private String aCaseWithAPhoto() {
        Map<String, Object> body = CaseFixture.caseBody();
        body.put("summary", "Sam Smith posted a photo of Alex Pupil; Terry Teacher saw it.");
        body.put("people", List.of(
                Map.of("name", "Alex Pupil", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "Sam Smith", "role", "PUPIL", "involvement", "SUBJECT"),
                Map.of("name", "Terry Teacher", "role", "STAFF", "involvement", "WITNESS")));
        String id = cases.logCase(DSL_A, body);
        cases.awaitVersion(DSL_A, id, 0);
        Reply added = api.upload(DSL_A, "/api/incidents/" + id + "/evidence", new Multipart().file("file",
                "screenshot.png", "image/png", EvidencePictures.pngWithCanary(60, 40, "bundle")), null);
        assertThat(added.status()).as("%s", added).isEqualTo(201);
        cases.awaitVersion(DSL_A, id, 1);
        return id;
    }

    private Reply export(String user, String id, Object body) {
        return api.post(user, "/api/incidents/" + id + "/bundles", body);
    }

    private JsonNode verify(String user, byte[] zip) {
        Reply reply = api.upload(user, "/api/bundles/verification",
                new Multipart().file("file", "bundle.zip", "application/zip", zip), null);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    @Test
    void anExportedBundleVerifiesAndAnyChangedOrMissingFileIsNamed() throws Exception {
        String id = aCaseWithAPhoto();
        long events = cases.storedEventCount();
        JsonNode bad = assertProblem(export(DSL_A, id, Map.of("recipient", " ")), 400);
        assertThat(bad.toString()).contains("recipient", "redactThirdParties");
        assertThat(cases.storedEventCount()).isEqualTo(events);
        // a staff member who did not report it, another setting's lead, HR: the unknown id's answer
        for (String other : new String[]{STAFF_A, DSL_B, HR}) {
            assertProblem(export(other, id, Map.of("recipient", "The LADO", "redactThirdParties", true)), 404);
        }
        for (String other : new String[]{TRUSTEE, ADMIN}) { // no personal data for them: refused outright
            assertProblem(export(other, id, Map.of("recipient", "The LADO", "redactThirdParties", true)), 403);
        }

        Reply made = export(DEPUTY_A, id, Map.of("recipient", "The LADO", "redactThirdParties", true));
        assertThat(made.status()).as("%s", made).isEqualTo(201);
        String bundleId = made.json().path("bundleId").asText();
        String sha256 = made.json().path("sha256").asText();
        assertThat(made.header("Location")).endsWith("/api/incidents/" + id + "/bundles/" + bundleId);

        byte[] zip = api.download(DSL_A, "/api/incidents/" + id + "/bundles/" + bundleId).body();
        assertThat(sha256(zip)).isEqualTo(sha256);
        assertThat(api.download(DSL_A, "/api/incidents/" + id + "/bundles/" + bundleId).body()).isEqualTo(zip);
        assertProblem(api.get(DSL_B, "/api/incidents/" + id + "/bundles/" + bundleId), 404);
        assertProblem(api.get(DSL_A, "/api/incidents/" + id + "/bundles/no-such-bundle"), 404);

        Map<String, byte[]> files = unzip(zip);
        assertThat(files).containsKeys("manifest.json", "manifest.sig", "case.pdf", "case.json");
        String photo = files.keySet().stream().filter(n -> n.startsWith("files/")).findFirst().orElseThrow();
        assertThat(EvidencePictures.contains(files.get(photo), "bundle".getBytes(StandardCharsets.US_ASCII)))
                .as("the photo decrypted").isTrue();
        String json = new String(files.get("case.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("Sam Smith", "Alex Pupil", "a member of staff").doesNotContain("Terry Teacher");
        JsonNode manifest = ApiClient.JSON.readTree(files.get("manifest.json"));
        assertThat(manifest.path("caseId").asText()).isEqualTo(id);
        assertThat(manifest.path("recipient").asText()).isEqualTo("The LADO");
        assertThat(manifest.path("exportedBy").asText()).doesNotContain(DEPUTY_A).isNotBlank();
        assertThat(manifest.path("audit").path("hash").asText()).hasSize(64);
        assertThat(manifest.path("files")).hasSize(3);

        JsonNode valid = verify(HEAD_A, zip);
        assertThat(valid.path("valid").asBoolean()).as("%s", valid).isTrue();
        assertThat(valid.path("caseId").asText()).isEqualTo(id);
        assertThat(valid.path("exportedAt").asText()).isEqualTo(manifest.path("exportedAt").asText());
        assertThat(valid.path("madeHere").asBoolean()).isTrue();
        assertThat(valid.path("exportAudited").asBoolean()).isTrue();
        assertThat(valid.path("problems")).isEmpty();

        for (String name : List.of("case.pdf", "case.json", photo)) {
            JsonNode changed = verify(DSL_A, rezip(files, name, ChangedBundles::flipOneByte));
            assertThat(changed.path("valid").asBoolean()).as(name).isFalse();
            assertThat(changed.path("problems").toString()).as(name).contains(name + " was changed");
            JsonNode removed = verify(DSL_A, rezip(files, name, bytes -> null));
            assertThat(removed.path("valid").asBoolean()).as(name).isFalse();
            assertThat(removed.path("problems").toString()).as(name).contains(name + " is missing");
        }
        Map<String, byte[]> withExtra = new LinkedHashMap<>(files);
        withExtra.put("files/extra.txt", "added later".getBytes(StandardCharsets.UTF_8));
        JsonNode extra = verify(DSL_A, rezip(withExtra, "", bytes -> bytes));
        assertThat(extra.path("valid").asBoolean()).isFalse();
        assertThat(extra.path("problems").toString()).contains("files/extra.txt was added");
        JsonNode resigned = verify(DSL_A, rezip(files, "manifest.json", ChangedBundles::flipOneByte));
        assertThat(resigned.path("valid").asBoolean()).isFalse();
        JsonNode notAZip = verify(DSL_A, "not a zip".getBytes(StandardCharsets.UTF_8));
        assertThat(notAZip.path("valid").asBoolean()).isFalse();
        assertProblem(api.upload(STAFF_A, "/api/bundles/verification",
                new Multipart().file("file", "bundle.zip", "application/zip", zip), null), 403);
        assertProblem(api.upload(DSL_A, "/api/bundles/verification", new Multipart().field("x", "y"), null), 400);

        // the audit trail holds the export with both hashes, the chain stays valid, the chronology says it
        Map<String, Object> entry = audit.awaitAudit(1, "kind = 'EVENT' AND what = 'CaseBundleExported' "
                + "AND case_id = ?", id).get(0);
        JsonNode details = AuditFixture.details(entry);
        assertThat(details.path("sha256").asText()).isEqualTo(sha256);
        assertThat(details.path("manifestSha256").asText()).isEqualTo(valid.path("manifestSha256").asText());
        assertThat(api.get(ADMIN, "/api/audit/verify").json().path("valid").asBoolean()).isTrue();
        assertThat(audit.auditCount("kind = 'READ' AND case_id = ? AND details LIKE ?", id, "%" + bundleId + "%"))
                .isGreaterThanOrEqualTo(2);
        cases.awaitGet(DSL_A, "/api/incidents/" + id + "/chronology", r -> r.json().toString()
                .contains("Case bundle exported for The LADO"), "the export in the chronology");
        JsonNode listed = api.get(DSL_A, "/api/incidents/" + id + "/bundles").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("sha256").asText()).isEqualTo(sha256);

        // the jar's verifier, with no database: the same verdicts
        Path file = Files.createTempFile("tidemark-bundle", ".zip");
        try {
            Files.write(file, zip);
            assertThat(offline(file.toString())).isZero();
            assertThat(offline(file.toString(), "--key-id", valid.path("keyId").asText())).isZero();
            assertThat(offline(file.toString(), "--key-id", "0".repeat(64))).isEqualTo(1);
            Files.write(file, rezip(files, "case.pdf", ChangedBundles::flipOneByte));
            assertThat(offline(file.toString())).isEqualTo(1);
            Files.write(file, "not a zip".getBytes(StandardCharsets.UTF_8));
            assertThat(offline(file.toString())).isEqualTo(2);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void anErasedCaseHasNothingToExportAndItsBundlesAreGone() {
        String id = aCaseWithAPhoto();
        String base = "/api/incidents/" + id;
        Reply made = export(DSL_A, id, Map.of("recipient", "The police", "redactThirdParties", false));
        assertThat(made.status()).as("%s", made).isEqualTo(201);
        String bundleId = made.json().path("bundleId").asText();
        assertThat(api.post(DSL_A, base + "/triage", Map.of("severity", "LOW", "reason", "Assessed")).status())
                .isEqualTo(204);
        assertThat(api.post(DSL_A, base + "/close", Map.of("outcome", "NO_FURTHER_ACTION", "rationale", "Resolved"))
                .status()).isEqualTo(204);
        cases.awaitVersion(DSL_A, id, cases.storedVersion(id));
        assertThat(api.post(DSL_A, base + "/destruction", Map.of("reason", "Period ended")).status()).isEqualTo(204);
        assertThat(api.post(DEPUTY_A, base + "/destruction/confirmation", Map.of()).status()).isEqualTo(204);
        long events = cases.storedEventCount();
        JsonNode refused = assertProblem(export(DSL_A, id, Map.of("recipient", "The LADO",
                "redactThirdParties", true)), 409);
        assertThat(refused.path("detail").asText()).contains("erased");
        assertThat(cases.storedEventCount()).isEqualTo(events);
        assertProblem(api.get(DSL_A, base + "/bundles/" + bundleId), 404);
        assertThat(api.get(DSL_A, base + "/bundles").json()).isEmpty();
    }

    private static int offline(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return VerifyBundle.run(args, new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** The bundle again with one file changed by {@code change} (left out when it answers null). */
    static byte[] rezip(Map<String, byte[]> files, String name, UnaryOperator<byte[]> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                byte[] content = f.getKey().equals(name) ? change.apply(f.getValue().clone()) : f.getValue();
                if (content != null) {
                    zip.putNextEntry(new ZipEntry(f.getKey()));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
