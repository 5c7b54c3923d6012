package uk.tidemark.app.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * With JavaScript switched off in Chromium (no htmx, no GOV.UK Frontend script), a member of staff still reports a
 * concern, adding a second person, and the safeguarding lead still filters the case list and acts on the case:
 * htmx only ever enhances.
 */
@RunningApp
class NoJavaScriptBrowserTest {

    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "no-javascript", false);
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void aConcernIsReportedAndActedOnWithoutJavaScript() {
        chromium.viewport(Chromium.PHONE);
        chromium.signIn(STAFF_A, PASSWORD);
        chromium.open("/concerns/new");
        assertThat(scriptsRan()).isFalse();
        chromium.submit("concern-form", "Send report");
        assertThat(chromium.text()).contains("There is a problem");
        chromium.screenshot("concern-refused");
        chromium.tick("Cyberbullying");
        chromium.choose("Where did it happen?", "TikTok");
        // GOV.UK's date input: day, month and year boxes, typed (no script runs for them)
        chromium.date("When did it happen?", LocalDate.now(ZoneId.of("Europe/London")).minusDays(1));
        chromium.set(chromium.field("Time"), "09:30");
        chromium.type("What did you see?", "Videos mocking a Year 10 pupil.");
        chromium.type("Name", "Pupil Four");
        chromium.choose("Role", "Pupil");
        chromium.tick("Target");
        chromium.submit("concern-form", "Add another person");
        assertThat(chromium.text()).contains("Person 2");
        // without a script too, the page comes back at the new person, their name focused (issue 16)
        assertThat(((org.openqa.selenium.JavascriptExecutor) chromium.driver())
                .executeScript("return document.activeElement.id")).isEqualTo("concern-people-1-name");
        chromium.screenshot("concern-second-person");
        // Enter in a field sends the report (the form's default button), not "Add another person"
        org.openqa.selenium.WebElement root = chromium.driver().findElement(By.tagName("html"));
        chromium.driver().findElement(By.id("concern-people-0-name")).sendKeys(org.openqa.selenium.Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(chromium.driver(), java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(root));
        new org.openqa.selenium.support.ui.WebDriverWait(chromium.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState")));
        assertThat(chromium.text()).as("the report is sent").contains("Report sent").doesNotContain("Person 3");
        String id = chromium.path().substring("/concerns/".length());
        chromium.screenshot("concern-sent");
        chromium.signOut();

        chromium.viewport(Chromium.LAPTOP);
        chromium.signIn(DSL_A, PASSWORD);
        cases.awaitVersion(DSL_A, id, 0);
        chromium.open("/cases");
        chromium.choose("Stage", "New");
        chromium.submit("case-filter", "Show cases");
        assertThat(chromium.driver().getCurrentUrl()).contains("stage=NEW");
        assertThat(chromium.text()).contains("Videos mocking a Year 10 pupil.");
        chromium.open("/cases/" + id);
        chromium.reveal("Triage the case");
        chromium.field("triage", "Medium").click();
        chromium.field("triage", "Reason").sendKeys("Repeated videos about one pupil");
        chromium.submit("triage", "Save triage");
        assertThat(chromium.text()).contains("The case is triaged.");
        // the page waits a bounded time for the read model; on a loaded machine reload once it has the triage,
        // as a person would, or the note's form carries the version before it (409, rightly)
        cases.awaitVersion(DSL_A, id, 1);
        chromium.open("/cases/" + id);
        chromium.reveal("Add a note");
        chromium.field("note", "Note").sendKeys("Parents told; videos reported to TikTok.");
        chromium.submit("note", "Add the note");
        assertThat(chromium.text()).contains("The note is added.", "Parents told; videos reported to TikTok.");
        chromium.screenshot("case-acted-on");
        assertThat(cases.awaitVersion(DSL_A, id, 2).path("severity").asText()).isEqualTo("MEDIUM");
    }

    private boolean scriptsRan() {
        return chromium.driver().findElement(By.tagName("body")).getAttribute("class").contains("js-enabled");
    }
}
