package uk.tidemark.app.web.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.EvidencePictures;
import uk.tidemark.app.fixture.Multipart;
import uk.tidemark.app.fixture.RunningApp;

import java.nio.charset.StandardCharsets;
import java.util.*;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 20's import "done when" (decision 0057), between two running installations: a case exported by this one's
 * DSL, imported into a second, empty installation (its own data directory, keys and accounts), shows the same
 * chronology (every line as the sending installation had it, in order, with who by name) and a verified manifest;
 * its files arrive as evidence with the same bytes. A changed bundle, a key id that is not the signer's, a redacted
 * bundle, the same bundle twice and a bundle brought back to the installation that made it open nothing.
 */
@RunningApp
class BundleImportStoryTest {

    private static final String OAK_DSL = SecondInstallation.DSL;
    private static final String OAK_SETTING = SecondInstallation.SETTING;
    private static SecondInstallation second;
    private static ApiClient there;

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;

    @BeforeAll
    static void startASecondInstallation() {
        second = SecondInstallation.start();
        there = second.api;
    }

    @AfterAll
    static void stopIt() {
        if (second != null) {
            second.close();
        }
    }

    /** A case with a photo, a note and a triage, exported for the receiving school without redaction. */
    private String aCaseSentOn() {
        Map<String, Object> body = CaseFixture.caseBody();
        body.put("summary", "Sam Smith shared a photo of Alex Pupil in a group chat; Terry Teacher reported it.");
        body.put("people", List.of(
                Map.of("name", "Alex Pupil", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "Sam Smith", "role", "PUPIL", "involvement", "SUBJECT"),
                Map.of("name", "Terry Teacher", "role", "STAFF", "involvement", "WITNESS")));
        String id = cases.logCase(DSL_A, body);
        cases.awaitVersion(DSL_A, id, 0);
        Reply added = api.upload(DSL_A, "/api/incidents/" + id + "/evidence", new Multipart().file("file",
                "group-chat.png", "image/png", EvidencePictures.pngWithCanary(60, 40, "sent on")), null);
        assertThat(added.status()).as("%s", added).isEqualTo(201);
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/notes",
                Map.of("text", "Spoke to Alex's mother; she asked us to keep her informed.")).status()).isEqualTo(201);
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/triage",
                Map.of("severity", "MEDIUM", "reason", "A photo shared without consent")).status()).isEqualTo(204);
        cases.awaitVersion(DSL_A, id, cases.storedVersion(id));
        return id;
    }

    private byte[] export(String id, boolean redact) {
        Reply made = api.post(DSL_A, "/api/incidents/" + id + "/bundles",
                Map.of("recipient", "Oak Lane Academy", "redactThirdParties", redact));
        assertThat(made.status()).as("%s", made).isEqualTo(201);
        return api.download(DSL_A, "/api/incidents/" + id + "/bundles/" + made.json().path("bundleId").asText())
                .body();
    }

    private static Reply importInto(ApiClient client, String user, byte[] zip, String keyId) {
        Multipart parts = new Multipart().file("file", "bundle.zip", "application/zip", zip);
        if (keyId != null) {
            parts.field("keyId", keyId);
        }
        return client.upload(user, "/api/bundles/import", parts, null);
    }

    private static long casesThere() {
        return there.get(OAK_DSL, "/api/incidents").json().path("total").asLong(-1);
    }

    @Test
    void aBundleImportedIntoASecondEmptyInstallationKeepsItsChronologyAndFiles() throws Exception {
        String id = aCaseSentOn();
        byte[] zip = export(id, false);
        // the chronology as the sending school had it when it made the bundle: every line but the export's own
        JsonNode sent = api.get(DSL_A, "/api/incidents/" + id + "/chronology").json();
        List<JsonNode> sentLines = new ArrayList<>();
        sent.forEach(line -> {
            if (!line.path("type").asText().equals("CASE_BUNDLE_EXPORTED")) {
                sentLines.add(line);
            }
        });
        Map<String, byte[]> files = CaseBundleStoryTest.unzip(zip);
        String photo = files.keySet().stream().filter(n -> n.startsWith("files/")).findFirst().orElseThrow();

        assertThat(casesThere()).as("the second installation starts empty").isZero();
        JsonNode hereKey = api.upload(DSL_A, "/api/bundles/verification",
                new Multipart().file("file", "bundle.zip", "application/zip", zip), null).json();

        // a changed file, a key id that is not the signer's, a redacted copy: 400 naming them, nothing opened
        JsonNode changed = assertProblem(importInto(there, OAK_DSL,
                CaseBundleStoryTest.rezip(files, photo, ChangedBundles::flipOneByte), null), 400);
        assertThat(changed.toString()).contains(photo + " was changed");
        JsonNode wrongKey = assertProblem(importInto(there, OAK_DSL, zip, "0".repeat(64)), 400);
        assertThat(wrongKey.toString()).contains("keyId");
        JsonNode redacted = assertProblem(importInto(there, OAK_DSL, export(id, true), null), 400);
        assertThat(redacted.toString()).contains("by their role");
        assertProblem(importInto(api, DSL_A, zip, null), 409); // brought back to where it was made
        assertThat(casesThere()).isZero();

        Reply imported = importInto(there, OAK_DSL, zip, hereKey.path("keyId").asText());
        assertThat(imported.status()).as("%s", imported).isEqualTo(201);
        String newId = imported.json().path("id").asText();
        assertThat(newId).isNotEqualTo(id);
        assertThat(imported.json().path("reference").asText()).isNotBlank();
        assertThat(imported.header("Location")).endsWith("/api/incidents/" + newId);
        assertThat(assertProblem(importInto(there, OAK_DSL, zip, null), 409).path("detail").asText()) // twice
                .isEqualTo("This bundle was imported already, as case " + imported.json().path("reference").asText()
                        + ".");
        assertThat(casesThere()).isEqualTo(1);

        // the same chronology: every line the sending school had, in order, then the receiving school's own
        JsonNode chronology = second.await("/api/incidents/" + newId + "/chronology",
                r -> r.status() == 200 && r.json().toString().contains("EVIDENCE_RECORDED"));
        Map<String, String> names = Map.of(DSL_A, "Dee Ess");
        for (int i = 0; i < sentLines.size(); i++) {
            JsonNode was = sentLines.get(i);
            JsonNode is = chronology.get(i);
            assertThat(is.path("received").asBoolean()).as("line %d", i).isTrue();
            assertThat(is.path("at").asText()).as("line %d", i).isEqualTo(was.path("at").asText());
            assertThat(is.path("type").asText()).as("line %d", i).isEqualTo(was.path("type").asText());
            assertThat(is.path("summary").asText()).as("line %d", i).isEqualTo(was.path("summary").asText());
            assertThat(is.path("sequence").asLong()).as("line %d", i).isEqualTo(was.path("sequence").asLong());
            assertThat(is.path("actorName").asText()).as("line %d", i)
                    .isEqualTo(names.getOrDefault(was.path("actor").asText(), "Tidemark"));
        }
        List<String> own = new ArrayList<>();
        for (int i = sentLines.size(); i < chronology.size(); i++) {
            assertThat(chronology.get(i).path("received").asBoolean()).isFalse();
            own.add(chronology.get(i).path("type").asText());
        }
        assertThat(own).containsSubsequence("INCIDENT_LOGGED", "INCIDENT_IMPORTED", "EVIDENCE_RECORDED");
        String importLine = chronology.get(sentLines.size() + 1).path("summary").asText();
        assertThat(importLine).contains("Received from Alder School", "signed manifest verified",
                hereKey.path("keyId").asText().substring(0, 12));

        // the case itself, in the receiving setting, and its file byte for byte
        JsonNode detail = second.await("/api/incidents/" + newId, r -> r.status() == 200
                && r.json().path("evidence").size() == 1);
        assertThat(detail.path("settingId").asText()).isEqualTo(OAK_SETTING);
        assertThat(detail.path("summary").asText()).contains("Sam Smith shared a photo");
        assertThat(detail.path("people").findValuesAsText("name"))
                .containsExactlyInAnyOrder("Alex Pupil", "Sam Smith", "Terry Teacher");
        JsonNode file = detail.path("evidence").get(0);
        assertThat(file.path("sha256").asText()).isEqualTo(CaseBundleStoryTest.sha256(files.get(photo)));
        byte[] kept = there.download(OAK_DSL, "/api/incidents/" + newId + "/evidence/"
                + file.path("id").asText()).body();
        assertThat(kept).isEqualTo(files.get(photo));
        // its first response falls to the receiving school, as for any new case
        JsonNode deadlines = second.await("/api/deadlines", r -> r.status() == 200
                && r.json().toString().contains(newId));
        assertThat(deadlines.toString()).contains("FIRST_RESPONSE");

        // the manifest verifies there too, as another school's; the receiving audit trail holds the import
        JsonNode verified = there.upload(OAK_DSL, "/api/bundles/verification",
                new Multipart().file("file", "bundle.zip", "application/zip", zip), null).json();
        assertThat(verified.path("valid").asBoolean()).as("%s", verified).isTrue();
        assertThat(verified.path("madeHere").asBoolean()).isFalse();
        assertThat(verified.path("keyId").asText()).isEqualTo(hereKey.path("keyId").asText());
        assertThat(second.jdbc().queryForObject(
                "SELECT COUNT(*) FROM tidemark_audit_entry WHERE what = 'IncidentImported' AND case_id = ?",
                Long.class, newId)).isEqualTo(1);
        assertThat(new String(files.get("case.json"), StandardCharsets.UTF_8)).contains("Terry Teacher");
    }
}
