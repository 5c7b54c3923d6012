package uk.tidemark.app.web.bundle;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.EvidencePictures;
import uk.tidemark.app.fixture.Multipart;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.Chromium;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * "Import a case from another school" in a real Chromium, at laptop and phone (390 px) widths (decision 0057): Oak Lane
 * Academy's Tidemark (a second installation) sends a case; this school's DSL checks the bundle, is offered the import,
 * is told what is missing on an empty form, imports it, and reads the case with the sending school's chronology
 * marked as theirs. A changed bundle is refused with the file named, and opens nothing.
 */
@RunningApp
class BundleImportBrowserTest {

    private static final Dimension PHONE_390 = new Dimension(390, 844);

    @LocalServerPort
    int port;

    private Chromium chromium;
    private SecondInstallation oak;

    @BeforeEach
    void start() {
        oak = SecondInstallation.start();
        chromium = new Chromium("http://localhost:" + port, "bundle-import");
    }

    @AfterEach
    void close() {
        chromium.close();
        oak.close();
    }

    /** A case at Oak Lane with a screenshot and a note, exported for this school, as its ZIP. */
    private byte[] sentFromOakLane() {
        Map<String, Object> body = CaseFixture.caseBody();
        body.put("summary", "Jordan Lee was sent threatening messages by an older pupil, Casey Brown.");
        body.put("people", List.of(
                Map.of("name", "Jordan Lee", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "Casey Brown", "role", "PUPIL", "involvement", "SUBJECT")));
        Reply logged = oak.api.post(SecondInstallation.DSL, "/api/incidents", body);
        assertThat(logged.status()).as("%s", logged).isEqualTo(201);
        String id = logged.json().path("id").asText();
        oak.await("/api/incidents/" + id, r -> r.status() == 200);
        assertThat(oak.api.upload(SecondInstallation.DSL, "/api/incidents/" + id + "/evidence", new Multipart()
                .file("file", "messages.png", "image/png", EvidencePictures.pngWithCanary(80, 50, "oak")), null)
                .status()).isEqualTo(201);
        assertThat(oak.api.post(SecondInstallation.DSL, "/api/incidents/" + id + "/notes",
                Map.of("text", "Jordan is moving to Alder School; their DSL has been told.")).status()).isEqualTo(201);
        oak.await("/api/incidents/" + id + "/chronology", r -> r.status() == 200 && r.json().size() >= 3);
        Reply made = oak.api.post(SecondInstallation.DSL, "/api/incidents/" + id + "/bundles",
                Map.of("recipient", "Alder School", "redactThirdParties", false));
        assertThat(made.status()).as("%s", made).isEqualTo(201);
        return oak.api.download(SecondInstallation.DSL, "/api/incidents/" + id + "/bundles/"
                + made.json().path("bundleId").asText()).body();
    }

    @Test
    void aLeadImportsACaseAnotherSchoolSentAndReadsItsChronology() throws Exception {
        byte[] zip = sentFromOakLane();
        Path file = Files.createTempFile("tidemark-received", ".zip");
        try {
            Files.write(file, zip);
            chromium.viewport(Chromium.LAPTOP);
            chromium.signIn(DSL_A, PASSWORD);
            chromium.open("/bundles/verification");
            chromium.field("verify-bundle", "The bundle's ZIP file").sendKeys(file.toString());
            chromium.submit("verify-bundle", "Check the bundle");
            assertThat(chromium.text()).contains("This is the copy as it was made", "Another school's Tidemark made it");
            chromium.follow("Import this case");
            assertThat(chromium.heading()).isEqualTo("Import a case from another school");
            chromium.check("import-form");
            chromium.viewport(PHONE_390);
            chromium.check("import-form-phone");

            chromium.viewport(Chromium.LAPTOP);
            chromium.submit("import-bundle", "Check and import the case");
            assertThat(chromium.text()).contains("There is a problem", "choose the bundle's ZIP file");
            chromium.check("import-empty");

            Path changed = Files.createTempFile("tidemark-changed", ".zip");
            try {
                Files.write(changed, CaseBundleStoryTest.rezip(CaseBundleStoryTest.unzip(zip), "case.json",
                        ChangedBundles::flipOneByte));
                chromium.field("import-bundle", "The bundle's ZIP file").sendKeys(changed.toString());
                chromium.submit("import-bundle", "Check and import the case");
                assertThat(chromium.text()).contains("There is a problem",
                        "case.json was changed since it was exported");
                chromium.check("import-changed");
            } finally {
                Files.deleteIfExists(changed);
            }

            chromium.field("import-bundle", "The bundle's ZIP file").sendKeys(file.toString());
            chromium.submit("import-bundle", "Check and import the case");
            assertThat(chromium.path()).startsWith("/cases/");
            assertThat(chromium.text()).contains("The case is imported as", "Received from another school's Tidemark",
                    "Received from Oak Lane Academy", "signed manifest verified", "From the sending school",
                    "Jordan is moving to Alder School", SecondInstallation.DSL_NAME, "Jordan Lee", "Casey Brown",
                    "messages.png");
            chromium.check("imported");
            chromium.viewport(PHONE_390);
            chromium.check("imported-phone");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
