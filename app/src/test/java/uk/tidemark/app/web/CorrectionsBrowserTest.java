package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Corrections on the case page in a real Chromium (issue 15): the lead corrects a tutor the reporter marked as a
 * target to the subject (refused first without a reason), adds the other kind of concern the post is, amends the
 * platform, and reads each change in the chronology, with the report as first sent still on the page.
 */
@RunningApp
class CorrectionsBrowserTest {

    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "corrections");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void theLeadCorrectsTheRecordAndTheFirstReportStaysVisible() {
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("category", "INAPPROPRIATE_CONTACT");
        body.put("people", List.of(Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "Sam Tutor", "role", "STAFF", "involvement", "TARGET")));
        String id = cases.logCase(STAFF_A, body);
        JsonNode logged = cases.awaitVersion(DSL_A, id, 0);
        String tutor = logged.path("people").get(1).path("personId").asText();

        chromium.viewport(Chromium.LAPTOP);
        chromium.signIn(DSL_A, PASSWORD);
        chromium.open("/cases/" + id);
        String form = "correct-" + tutor;
        WebElement row = chromium.driver().findElement(By.xpath("//tr[.//a[normalize-space(.)='Sam Tutor']]"));
        row.findElement(By.xpath(".//summary[starts-with(normalize-space(.), 'Correct')]")).click();
        new Select(chromium.field(form, "How they are involved (optional)")).selectByVisibleText("Subject");
        chromium.submit(form, "Record the correction");
        assertThat(chromium.text()).contains("There is a problem", "Reason is required.");
        chromium.check("correction-refused");
        chromium.field(form, "Why it is corrected").sendKeys("The tutor sent the messages");
        chromium.submit(form, "Record the correction");
        assertThat(chromium.text()).contains("The correction is recorded.",
                "Person corrected: Sam Tutor: involvement target → subject: The tutor sent the messages");

        chromium.reveal("Change the category");
        new Select(chromium.field("category", "Category")).selectByVisibleText("Inappropriate contact between staff and pupils");
        chromium.driver().findElement(By.id("category-also-IMAGE-CONSENT-BREACH")).click();
        chromium.field("category", "Why it changes").sendKeys("The messages included a pupil's photo");
        chromium.submit("category", "Change the category");
        assertThat(chromium.text()).contains("The category is changed.", "Also image consent breach");

        chromium.reveal("Amend the report");
        new Select(chromium.field("amendment", "Where it happened (optional)")).selectByVisibleText("WhatsApp");
        chromium.field("amendment", "Why it is amended").sendKeys("The tutor used WhatsApp, not Instagram");
        chromium.submit("amendment", "Amend the report");
        // each change once in the chronology, after its type: not "Report amended: Report amended: …"
        assertThat(chromium.text()).contains("The report is amended.",
                "Report amended: Where Instagram → WhatsApp: The tutor used WhatsApp, not Instagram")
                .doesNotContain("Person corrected: Person corrected", "Category changed: Category changed",
                        "Report amended: Report amended");

        chromium.reveal("The report as first sent");
        assertThat(chromium.text()).contains("This is what the report said when it was sent.",
                "Sam Tutor (Staff, Target)");
        chromium.check("case-corrected");
        chromium.viewport(Chromium.PHONE);
        chromium.screenshot("case-corrected-phone");
        assertThat(cases.awaitVersion(DSL_A, id, 3).path("platform").asText()).isEqualTo("WHATSAPP");
    }
}
