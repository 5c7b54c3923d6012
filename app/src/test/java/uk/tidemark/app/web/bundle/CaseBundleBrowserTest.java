package uk.tidemark.app.web.bundle;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.Chromium;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * "Share a verifiable copy" and "Check a case bundle" in a real Chromium, at laptop and phone (390 px) widths
 * (decision 0054): an empty form comes back with its problems, a copy is made and listed with its fingerprint, the
 * copy checks as made, and the same copy with one byte of its PDF changed is named as not the copy made.
 */
@RunningApp
class CaseBundleBrowserTest {

    private static final Dimension PHONE_390 = new Dimension(390, 844);

    @Autowired
    CaseFixture cases;
    @Autowired
    ApiClient api;
    @LocalServerPort
    int port;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "case-bundles");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void aLeadMakesACopyAndChecksItAndAChangedOneIsNamed() throws Exception {
        String id = cases.logAndAwait(caseBody()).path("id").asText();

        chromium.viewport(Chromium.LAPTOP);
        chromium.signIn(DSL_A, PASSWORD);
        chromium.open("/cases/" + id);
        assertThat(chromium.text()).contains("Share a verifiable copy", "No copy has been shared yet.");
        chromium.reveal("Make a copy to share");
        chromium.submit("bundle", "Make the copy");
        assertThat(chromium.text()).contains("There is a problem", "Who it is for is required.");
        chromium.check("export-refused");

        chromium.field("bundle", "Who it is for").sendKeys("The LADO");
        chromium.tick("Yes, by their role");
        chromium.submit("bundle", "Make the copy");
        assertThat(chromium.text()).contains("The copy of the case is ready", "Copies made", "The LADO",
                "(other people by their role)", "Case bundle exported for The LADO");
        chromium.check("exported");
        chromium.viewport(PHONE_390);
        chromium.check("exported-phone");

        String bundleId = api.get(DSL_A, "/api/incidents/" + id + "/bundles").json().get(0).path("bundleId").asText();
        byte[] zip = api.download(DSL_A, "/api/incidents/" + id + "/bundles/" + bundleId).body();
        Path file = Files.createTempFile("tidemark-bundle", ".zip");
        try {
            Files.write(file, zip);
            chromium.viewport(Chromium.LAPTOP);
            chromium.follow("Check a copy someone sent back");
            assertThat(chromium.heading()).isEqualTo("Check a case bundle");
            chromium.submit("verify-bundle", "Check the bundle");
            assertThat(chromium.text()).contains("There is a problem");
            chromium.check("verify-empty");
            chromium.field("verify-bundle", "The bundle's ZIP file").sendKeys(file.toString());
            chromium.submit("verify-bundle", "Check the bundle");
            assertThat(chromium.text()).contains("This is the copy as it was made", "made for The LADO",
                    "This school's audit trail records making this copy.");
            chromium.check("valid");
            chromium.viewport(PHONE_390);
            chromium.check("valid-phone");

            Files.write(file, CaseBundleStoryTest.rezip(CaseBundleStoryTest.unzip(zip), "case.pdf",
                    ChangedBundles::flipOneByte));
            chromium.viewport(Chromium.LAPTOP);
            chromium.field("verify-bundle", "The bundle's ZIP file").sendKeys(file.toString());
            chromium.submit("verify-bundle", "Check the bundle");
            assertThat(chromium.text()).contains("This is not the copy as it was made", "What is wrong",
                    "case.pdf was changed since it was exported");
            chromium.check("invalid");
            chromium.viewport(PHONE_390);
            chromium.check("invalid-phone");
        } finally {
            Files.deleteIfExists(file);
        }
        // the audit trail leads a lead to the same check
        chromium.open("/audit");
        chromium.follow("Check a case bundle");
        assertThat(chromium.heading()).isEqualTo("Check a case bundle");
        assertThat(api.get(DSL_A, "/api/incidents/" + id + "/bundles").json()).hasSize(1);
    }
}
