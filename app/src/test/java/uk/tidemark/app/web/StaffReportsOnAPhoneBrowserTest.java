package uk.tidemark.app.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The incident story in a real Chromium: a member of staff reports a concern on a phone (refused first, then with a
 * second person added without leaving the page), and the safeguarding lead, on a laptop, finds it in the case list,
 * triages it, notes, warns (refused first, then given), records the response, escalates to the police, looks at a
 * person's chronology and closes the case. Every page and state passes axe with no console error.
 */
@RunningApp
class StaffReportsOnAPhoneBrowserTest {

    private static final String SUMMARY = "Threatening comments under a photo of the Year 9 trip.";

    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "staff-reports-on-a-phone");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void staffReportOnAPhoneAndTheLeadWorksTheCaseToClosed() {
        chromium.viewport(Chromium.PHONE);
        chromium.signIn(STAFF_A, PASSWORD);
        chromium.open("/concerns/new");
        assertThat(chromium.heading()).isEqualTo("Report a concern");
        chromium.check("concern-phone");
        assertNoSidewaysScroll();

        submit("concern-form", "Send report");
        assertThat(chromium.text()).contains("There is a problem", "What kind of concern is required.");
        assertThat(chromium.title()).startsWith("Error: ");
        chromium.check("concern-refused-phone");
        chromium.viewport(new Dimension(375, 3000)); // the whole form, for review
        chromium.screenshot("concern-refused-whole-form");
        chromium.viewport(Chromium.PHONE);

        chromium.tick("Offensive, racist or threatening content");
        chromium.choose("Where did it happen?", "Instagram");
        chromium.date("When did it happen?", LocalDate.now(ZoneId.of("Europe/London")).minusDays(1));
        set(chromium.field("Time"), "19:30");
        chromium.type("What did you see?", SUMMARY);
        chromium.type("Name", "Pupil Three");
        chromium.choose("Role", "Pupil");
        chromium.tick("Target");
        chromium.tick("A child may be at immediate risk");
        submit("concern-form", "Add another person");
        assertThat(chromium.text()).contains("Person 2").doesNotContain("There is a problem");
        // back at the new person's fields, ready to type their name (issue 16)
        assertThat(focused()).as("the new person's name has the focus").isEqualTo("concern-people-1-name");
        chromium.check("concern-second-person-phone");
        new Select(chromium.driver().findElement(By.id("concern-people-1-role"))).selectByVisibleText("Member of the public");
        chromium.driver().findElement(By.id("concern-people-1-involvement")).click(); // Subject, the first option
        // Enter in a field sends the report: the form's default button is "Send report", not "Add another person"
        WebElement root = chromium.driver().findElement(By.tagName("html"));
        chromium.driver().findElement(By.id("concern-people-1-name")).sendKeys("Account Holder" + Keys.ENTER);
        awaitNewPage(root);
        assertThat(chromium.text()).doesNotContain("Person 3")
                .contains("Report sent", "What happens next", "being alerted now");
        String id = chromium.path().substring("/concerns/".length());
        // the reference a person can say (decision 0038), not the case's id
        assertThat(chromium.text()).containsPattern("Your reference\\s+[A-Z]{2,4}-\\d{2}-\\d{4}")
                .doesNotContain(id);
        chromium.check("concern-sent-phone");

        // "My reports": each report's reference, a few words of what was reported, and its status in words
        chromium.open("/");
        String reference = chromium.driver().findElement(By.cssSelector("#main-content .tidemark-reference")).getText();
        assertThat(chromium.text()).contains("My reports", reference, "Threatening comments under a photo of the Year 9",
                "Open", "Your safeguarding lead is dealing with it");
        chromium.check("my-reports-phone");
        // the reporter adds information to their own report
        follow(reference);
        assertThat(chromium.path()).isEqualTo("/concerns/" + id);
        chromium.field("reporterNote", "What else should your safeguarding lead know?")
                .sendKeys("The same account also messaged two other pupils.");
        submit("reporterNote", "Add to my report");
        assertThat(chromium.text()).contains("Your information is added to your report.");
        chromium.check("concern-information-added-phone");
        chromium.signOut();

        chromium.viewport(Chromium.LAPTOP);
        chromium.signIn(DSL_A, PASSWORD);
        chromium.open("/cases");
        chromium.check("cases");
        chromium.choose("Stage", "New");
        chromium.press("Show cases");
        assertThat(chromium.driver().getCurrentUrl()).contains("stage=NEW");
        assertThat(chromium.text()).contains(SUMMARY);
        chromium.check("cases-new");
        follow(SUMMARY);
        assertThat(chromium.path()).isEqualTo("/cases/" + id);
        chromium.check("case");

        open("Triage the case");
        chromium.field("triage", "High").click();
        chromium.field("triage", "Reason").sendKeys("Threats of violence against a pupil");
        submit("triage", "Save triage");
        assertThat(chromium.text()).contains("The case is triaged.", "Severity: High");
        chromium.check("case-triaged");
        chromium.viewport(Chromium.PHONE);
        chromium.check("case-triaged-phone");
        assertNoSidewaysScroll();
        chromium.viewport(Chromium.LAPTOP);

        assertThat(chromium.text()).as("the reporter's information is in the case's history")
                .contains("The same account also messaged two other pupils.");
        open("Add a note");
        chromium.field("note", "Note").sendKeys("Screenshots taken by the head of year.");
        submit("note", "Add the note");
        assertThat(chromium.text()).contains("The note is added.", "Screenshots taken by the head of year.");

        open("Warn a person");
        submit("warning", "Record the warning");
        assertThat(chromium.text()).contains("There is a problem", "Person is required.");
        assertThat(chromium.driver().findElement(By.id("warning-text")).isDisplayed())
                .as("the refused form is open").isTrue();
        chromium.check("case-warning-refused");
        new Select(chromium.field("warning", "Person warned")).selectByVisibleText("Account Holder (Member of public)");
        chromium.field("warning", "Written").click();
        new Select(chromium.field("warning", "How it was given")).selectByVisibleText("Platform message");
        chromium.field("warning", "What the warning says").sendKeys("Remove the comments today.");
        submit("warning", "Record the warning");
        assertThat(chromium.text()).contains("The warning is recorded.", "Written warning to Account Holder");

        open("Record the response");
        WebElement response = chromium.driver().findElement(By.xpath("//form[starts-with(@id, 'response-')]"));
        String responseForm = response.getAttribute("id");
        chromium.field(responseForm, "Complied").click();
        submit(responseForm, "Record the response");
        assertThat(chromium.text()).contains("The response to the warning is recorded.", "Complied");
        chromium.check("case-warning-answered");

        open("Escalate to the police");
        new Select(chromium.field("police", "Criminal activity suspected")).selectByVisibleText("Threats of violence");
        chromium.field("police", "Police force").sendKeys("Test Constabulary");
        submit("police", "Escalate to the police");
        assertThat(chromium.text()).contains("The case is escalated to the police.", "Test Constabulary");
        chromium.check("case-escalated");
        chromium.viewport(new Dimension(1280, 6000)); // the whole page, for review
        chromium.screenshot("case-escalated-whole-page");
        chromium.viewport(Chromium.LAPTOP);

        follow("Account Holder");
        assertThat(chromium.heading()).contains("Account Holder");
        chromium.check("person");
        chromium.open("/cases/" + id);

        open("Close the case");
        new Select(chromium.field("close", "Outcome")).selectByVisibleText("Police action");
        chromium.field("close", "Rationale").sendKeys("Police are dealing with it; comments removed.");
        submit("close", "Continue");
        // the check before closing (decision 0044), then the close itself
        navigate(By.xpath("//button[normalize-space(.)='Close the case']"));
        assertThat(chromium.text()).contains("The case is closed.", "Reopen the case")
                .doesNotContain("Triage again");
        chromium.check("case-closed");
        assertThat(cases.awaitVersion(DSL_A, id, 6).path("status").asText()).isEqualTo("CLOSED");
    }

    /**
     * A phone that lost its connection after sending sends the report again: the form's one-time key makes the
     * sendings one case. The same form is sent three times from the page (twice in the background, as a browser
     * retrying, then by its button) and the browser lands on the one report.
     */
    @Test
    void aReportSentAgainFromAPhoneIsOneCase() {
        chromium.viewport(Chromium.PHONE);
        chromium.signIn(STAFF_A, PASSWORD);
        chromium.open("/concerns/new");
        chromium.tick("Cyberbullying");
        chromium.choose("Where did it happen?", "Snapchat");
        chromium.date("When did it happen?", LocalDate.now(ZoneId.of("Europe/London")).minusDays(1));
        set(chromium.field("Time"), "08:15");
        chromium.type("What did you see?", "A group chat mocking a pupil, sent twice.");
        long logged = loggedCases();
        Object statuses = chromium.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const form = document.getElementById('concern-form');"
                // getAttribute: the form's "action" property is its button of that name
                + "const send = () => fetch(form.getAttribute('action'), {method: 'POST',"
                + " body: new URLSearchParams(new FormData(form)), credentials: 'same-origin', redirect: 'manual'})"
                + ".then(r => r.type === 'opaqueredirect' ? r.type : r.text().then(t => r.status + ' '"
                + " + (t.match(/govuk-error-summary[\\s\\S]{0,600}/) || [t.slice(0, 300)])[0]));"
                + "Promise.all([send(), send()]).then(done, e => done(String(e)));");
        assertThat(statuses).as("both sent and answered with a redirect").asString().contains("opaqueredirect");
        submit("concern-form", "Send report");
        assertThat(chromium.path()).startsWith("/concerns/");
        assertThat(chromium.text()).contains("Report sent");
        chromium.check("concern-sent-again-phone");
        assertThat(loggedCases()).as("cases logged by the three sendings").isEqualTo(logged + 1);
    }

    private long loggedCases() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE '%.IncidentLogged'",
                Long.class);
        return n == null ? 0 : n;
    }

    /**
     * Presses a button of a form that posts, and waits for the next page: the old page's root goes stale, then the
     * new one is loaded. (A click during the page's own replacement can answer a transient inspector error: it is
     * retried.)
     */
    private void submit(String formId, String words) {
        navigate(By.xpath("//form[@id=" + Chromium.literal(formId) + "]//button[normalize-space(.)="
                + Chromium.literal(words) + "]"));
    }

    /** A link whose words include {@code linkText} (a case list's row leads with the case's reference). */
    private void follow(String linkText) {
        navigate(By.xpath("//a[contains(normalize-space(.), " + Chromium.literal(linkText) + ")]"));
    }

    private void navigate(By target) {
        WebElement root = chromium.driver().findElement(By.tagName("html"));
        chromium.driver().findElement(target).click();
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(d -> {
            try {
                root.getTagName();
                return false;
            } catch (StaleElementReferenceException gone) {
                return "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"));
            }
        });
    }

    /** The id of the element that has the focus. */
    private String focused() {
        return String.valueOf(((JavascriptExecutor) chromium.driver())
                .executeScript("return document.activeElement && document.activeElement.id"));
    }

    /** Waits for the page that replaces the one whose root is {@code root}. */
    private void awaitNewPage(WebElement root) {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(d -> {
            try {
                root.getTagName();
                return false;
            } catch (StaleElementReferenceException gone) {
                return "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"));
            }
        });
    }

    /** On a phone the page reflows (WCAG 1.4.10): nothing wider than the screen but inside its own scroll region. */
    private void assertNoSidewaysScroll() {
        Object wide = chromium.driver().executeScript("const w = document.documentElement.clientWidth;"
                + "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1"
                + " && !e.closest('.tidemark-table-scroll') && !e.closest('.govuk-visually-hidden'))"
                + ".map(e => e.tagName + '.' + e.className + '#' + e.id).slice(0, 5);");
        assertThat((java.util.List<?>) wide).as("elements wider than the phone on %s", chromium.path()).isEmpty();
    }

    /** Opens an action's details by its summary's words. */
    private void open(String summary) {
        chromium.driver().findElement(By.xpath("//summary[normalize-space(.)=" + Chromium.literal(summary) + "]"))
                .click();
    }

    /** A date or time input's value, as the browser's own picker would set it. */
    private void set(WebElement input, String value) {
        chromium.driver().executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
