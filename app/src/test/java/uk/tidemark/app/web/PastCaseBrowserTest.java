package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The case as it stood, in a real Chromium at laptop and phone (390 px) widths (issue 20, decision 0056): the case
 * page's "See the case as it stood" control (an empty one comes back with its problem), the past view at a minute
 * typed as people write it, and at the moment of an earlier event: read-only, under its banner, with who had read it.
 */
@RunningApp
class PastCaseBrowserTest {

    private static final Dimension PHONE_390 = new Dimension(390, 844);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    CaseFixture cases;
    @Autowired
    ApiClient api;
    @LocalServerPort
    int port;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "past-case");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void aLeadSeesTheCaseAsItStoodReadOnlyWithWhoHadReadIt() {
        String id = cases.logAndAwait(caseBody()).path("id").asText();
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/triage", Map.of("severity", "HIGH",
                "reason", "Assessed")).status()).isEqualTo(204);
        cases.awaitVersion(DSL_A, id, cases.storedVersion(id));
        CaseFixture.sleep(5);
        assertThat(api.get(HEAD_A, "/api/incidents/" + id).status()).isEqualTo(200); // a read after the triage
        CaseFixture.sleep(5);
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/notes", Map.of("text", "Spoke to the pupil"))
                .status()).isEqualTo(201);
        cases.awaitVersion(DSL_A, id, cases.storedVersion(id));
        Instant triaged = null;
        for (JsonNode e : api.get(DSL_A, "/api/incidents/" + id + "/chronology").json()) {
            if (e.path("type").asText().equals("INCIDENT_TRIAGED")) {
                triaged = Instant.parse(e.path("at").asText());
            }
        }
        assertThat(triaged).isNotNull();

        chromium.viewport(Chromium.LAPTOP);
        chromium.signIn(DSL_A, PASSWORD);
        chromium.open("/cases/" + id);
        chromium.reveal("See the case as it stood");
        chromium.check("control");
        chromium.submit("moment", "See the case then");
        assertThat(chromium.text()).contains("There is a problem", "Enter the date and time");
        chromium.check("moment-refused");

        ZonedDateTime now = ZonedDateTime.now(LONDON);
        chromium.dateBoxes("moment", "The date and time", String.valueOf(now.getDayOfMonth()),
                String.valueOf(now.getMonthValue()), String.valueOf(now.getYear()));
        WebElement time = chromium.field("moment", "Time");
        time.clear();
        time.sendKeys(DateTimeFormatter.ofPattern("HH:mm").format(now));
        chromium.submit("moment", "See the case then");
        assertThat(chromium.text()).contains("This is the case as it stood on", "It is not the case now.",
                "Who had read it by then", "Dee Ess", "Hed Teach", "Spoke to the pupil", "Chronology to then");
        assertThat(chromium.text()).doesNotContain("Nobody had read the case by then", "Act on the case");
        assertReadOnly();
        chromium.check("now");

        chromium.open("/cases/" + id + "/as-of?asOf=" + URLEncoder.encode(triaged.toString(), StandardCharsets.UTF_8));
        String words = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", java.util.Locale.UK)
                .format(triaged.atZone(LONDON));
        assertThat(chromium.text()).contains("This is the case as it stood on " + words + ". It is not the case now.",
                "Open then", "Severity: High");
        assertThat(chromium.text()).doesNotContain("Spoke to the pupil", "Hed Teach");
        assertReadOnly();
        chromium.check("triaged");
        chromium.viewport(PHONE_390);
        chromium.check("triaged-phone");
        chromium.viewport(Chromium.LAPTOP);
        chromium.follow("See the case now");
        assertThat(chromium.path()).isEqualTo("/cases/" + id);
        assertThat(chromium.text()).contains("Spoke to the pupil", "Act on the case");
    }

    /** No form but the one that chooses a moment, and it only reads (GET); no action button. */
    private void assertReadOnly() {
        List<WebElement> forms = chromium.driver().findElements(By.cssSelector("main form"));
        assertThat(forms).extracting(f -> f.getAttribute("id")).containsExactly("moment");
        assertThat(forms.get(0).getAttribute("method")).isEqualToIgnoringCase("get");
        assertThat(chromium.driver().findElements(By.cssSelector("main button")))
                .extracting(WebElement::getText).allMatch(t -> t.isEmpty() || t.contains("See the case then"));
    }
}
