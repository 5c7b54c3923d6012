package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * A safeguarding lead's day in a real Chromium: the dashboard with cases in three stages and severities and one
 * missed deadline, narrowed by a filter (htmx swaps its body), on a laptop and a phone; the deadline board; the
 * notifications inbox, marking one read; the audit trail, a search refused for a bad date, and the chain check.
 * Then a reporter's "My reports". Every page and state passes axe with no console error.
 */
@RunningApp
@TestPropertySource(properties = "db-scheduler.polling-interval=200ms")
class DashboardBrowserTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "dashboard");
    }

    @AfterEach
    void close() {
        chromium.close();
        TestClock.reset();
    }

    @Test
    void aSafeguardingLeadWalksTheDashboardDeadlinesNotificationsAndAuditTrail() {
        // the lead's visit before today's: what is reported after it is new to them
        chromium.signIn(DSL_A, PASSWORD);
        chromium.signOut();

        // a new case with immediate risk (the DSL is alerted), a HIGH case the DSL owns, an escalated LOW case of
        // the deputy's, and a case of setting B that setting A's lead must never count
        Map<String, Object> risk = new LinkedHashMap<>(caseBody());
        risk.put("immediateRisk", true);
        String fresh = cases.logCase(STAFF_A, risk);
        String high = cases.logAndAwait(caseBody()).path("id").asText();
        assertThat(api.post(DSL_A, "/api/incidents/" + high + "/triage", Map.of("severity", "HIGH",
                "reason", "Repeated posts naming the pupil", "ownerId", DSL_A)).status()).isEqualTo(204);
        Map<String, Object> defamation = new LinkedHashMap<>(caseBody());
        defamation.put("category", "DEFAMATION");
        String escalated = cases.logAndAwait(defamation).path("id").asText();
        assertThat(api.post(DSL_A, "/api/incidents/" + escalated + "/triage", Map.of("severity", "LOW",
                "reason", "One post", "ownerId", DEPUTY_A)).status()).isEqualTo(204);
        assertThat(api.post(DSL_A, "/api/incidents/" + escalated + "/police-escalation", Map.of("reason", "HARASSMENT",
                "force", "Thames Valley Police")).status()).isEqualTo(201);
        cases.awaitVersion(DSL_A, escalated, 2);
        cases.awaitVersion(DSL_A, high, 1);
        String otherSetting = cases.logCase(DSL_B, caseBody());
        cases.awaitVersion(DSL_B, otherSetting, 0);

        // the new case's first response is missed
        JsonNode firstResponse = cases.deadline(DSL_A, fresh, "FIRST_RESPONSE");
        Instant due = Instant.parse(firstResponse.path("dueAt").asText());
        assertThat(TestClock.advanceTo(due.plus(Duration.ofHours(1)), jdbc)).isPositive();
        cases.awaitDeadline(DSL_A, fresh, "FIRST_RESPONSE", "MISSED", Duration.ofSeconds(10));
        TestClock.reset();

        // every case is named by its reference (decision 0038) on the dashboard, the board and the inbox
        String freshReference = cases.awaitVersion(DSL_A, fresh, 0).path("reference").asText();
        String highReference = cases.awaitVersion(DSL_A, high, 1).path("reference").asText();

        // issue 16: the lead's first screen on a phone says what needs doing, naming the overdue case by reference
        chromium.viewport(Chromium.PHONE);
        chromium.signIn(DSL_A, PASSWORD);
        assertThat(chromium.heading()).isEqualTo("Dashboard");
        String attention = chromium.driver().findElement(By.id("attention-title")).findElement(By.xpath("..")).getText();
        assertThat(attention).contains("Immediate risk, not yet triaged (1)", "Overdue (1)",
                "First response was due " + WRITTEN_OUT.format(due), "New since you last signed in",
                freshReference + " Comments about a Year 8 pupil on a public account.", highReference);
        WebElement overdue = chromium.driver().findElement(By.xpath(
                "//h3[@id='attention-overdue']/following-sibling::ul[1]/li[1]"));
        assertThat(overdue.getText()).contains("Overdue", freshReference, "First response was due");
        assertThat((Boolean) chromium.driver().executeScript(
                "return arguments[0].getBoundingClientRect().bottom <= window.innerHeight", overdue))
                .as("the overdue case is on the phone's first screen").isTrue();
        assertThat((Boolean) chromium.driver().executeScript("return document.getElementById('dashboard-more').open"))
                .as("the counts and filters are folded away on a phone").isFalse();
        chromium.check("dashboard-phone-first-screen");
        chromium.viewport(Chromium.LAPTOP);
        chromium.open("/");
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(5)).withMessage("on a laptop they are open")
                .until(d -> (Boolean) chromium.driver().executeScript(
                        "return document.getElementById('dashboard-more').open"));
        assertThat(chromium.text()).contains(freshReference, highReference, "Find a case", "Needs attention",
                "Overdue (1)");
        assertThat(chromium.text()).contains("Open cases: 3", "New and unacknowledged (1)",
                "My cases (1)", "Immediate risk").doesNotContain(otherSetting);
        assertThat(chromium.text()).as("an owner by display name").contains("Dee Ess");
        assertThat(chromium.driver().getPageSource()).contains("/cases/" + fresh, "/cases/" + high)
                .doesNotContain("/cases/" + otherSetting);
        chromium.check("dashboard");
        chromium.driver().executeScript("document.getElementById('new-title').scrollIntoView()");
        chromium.screenshot("dashboard-lists");

        chromium.type("Find a case", highReference.toLowerCase());
        chromium.press("Search");
        assertThat(chromium.path()).isEqualTo("/cases");
        assertThat(chromium.text()).contains("1 case", highReference).doesNotContain(freshReference);
        chromium.check("case-search");
        chromium.open("/cases/" + high);
        assertThat(chromium.text()).contains("Case " + highReference + " at");
        chromium.check("case-page-reference");
        chromium.open("/");
        awaitText("Needs attention");

        chromium.choose("Severity", "High");
        chromium.press("Apply filters");
        awaitText("Open cases: 1");
        assertThat(chromium.path()).as("the filter is in the address (htmx pushed it)").isEqualTo("/");
        assertThat(chromium.driver().getCurrentUrl()).contains("severity=HIGH");
        assertThat(chromium.text()).contains("Showing the cases that match your filters.",
                "No case is waiting for triage.");
        chromium.check("dashboard-filtered");

        chromium.viewport(Chromium.PHONE);
        chromium.open("/");
        chromium.check("dashboard-phone");
        chromium.viewport(Chromium.LAPTOP);

        // the board opens on the deadlines still to be done, overdue first, each with its due date and its case
        chromium.open("/deadlines");
        assertThat(chromium.heading()).isEqualTo("Deadlines");
        assertThat(chromium.text()).contains("still to be done, overdue first", "Open (pending or missed)")
                .doesNotContain("Met ");
        List<WebElement> rows = chromium.driver().findElements(By.cssSelector("#deadline-results tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).getText()).contains("First response", freshReference,
                "Comments about a Year 8 pupil", WRITTEN_OUT.format(due), "Missed", "Incident case");
        chromium.check("deadlines");
        chromium.viewport(Chromium.PHONE);
        chromium.open("/deadlines");
        assertThat((Boolean) chromium.driver().executeScript("return document.getElementById('deadline-more').open"))
                .as("the board's filters are folded away on a phone").isFalse();
        assertThat(chromium.text()).contains(freshReference, "Missed");
        chromium.check("deadlines-phone");
        chromium.viewport(Chromium.LAPTOP);
        chromium.open("/deadlines");
        chromium.choose("Status", "Every status, met ones too");
        chromium.press("Apply filters");
        awaitText("Met ");
        assertThat(chromium.driver().findElements(By.cssSelector("#deadline-results tbody tr")).get(0).getText())
                .as("still overdue first").contains(freshReference, "Missed");
        chromium.check("deadlines-every-status");
        chromium.choose("Status", "Missed");
        chromium.press("Apply filters");
        awaitText("1 deadline, overdue first");
        assertThat(chromium.text()).doesNotContain("Met ");
        chromium.check("deadlines-missed");

        chromium.open("/notifications");
        assertThat(chromium.text()).contains("Unread", "Deadline missed on incident case " + freshReference
                + " (cyberbullying): the first response was due by " + WRITTEN_OUT.format(due),
                "Immediate risk reported in").doesNotContain("Deadline missed Deadline missed");
        chromium.check("notifications");
        List<WebElement> buttons = markReadButtons();
        int unread = buttons.size();
        assertThat(unread).isPositive();
        buttons.get(0).click();
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10))
                .until(d -> markReadButtons().size() == unread - 1);
        assertThat(chromium.text()).contains("Read");
        chromium.check("notifications-one-read");

        chromium.open("/audit");
        assertThat(chromium.heading()).isEqualTo("Audit trail");
        chromium.check("audit");
        chromium.type("Case", freshReference);
        chromium.choose("Kind", "Change to a case");
        chromium.press("Search");
        assertThat(chromium.text()).contains("Stan Staff logged case " + freshReference);
        chromium.check("audit-search");
        chromium.dateBoxes(null, "From", "31", "2", "2026");
        chromium.press("Search");
        assertThat(chromium.text()).contains("There is a problem", "From must be a real date.");
        chromium.check("audit-search-refused");
        chromium.open("/audit");
        chromium.press("Verify the chain");
        awaitText("The chain is intact");
        assertThat(chromium.path()).as("loaded in place").isEqualTo("/audit");
        chromium.check("audit-verified");
        chromium.open("/audit/verify");
        assertThat(chromium.heading()).isEqualTo("Audit chain check");
        chromium.check("audit-verify-page");

        chromium.signOut();
        chromium.signIn(STAFF_A, PASSWORD);
        assertThat(chromium.text()).contains("My reports", "Report a concern", "Open");
        assertThat(chromium.driver().getPageSource()).contains("/concerns/" + fresh);
        chromium.check("home-staff");
        chromium.viewport(Chromium.PHONE);
        chromium.open("/");
        chromium.check("home-staff-phone");
    }

    /** A due date as the pages write it: "Friday 11 December 2026, 17:00", UK time. */
    private static final DateTimeFormatter WRITTEN_OUT = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm",
            Locale.ENGLISH).withZone(ZoneId.of("Europe/London"));

    private List<WebElement> markReadButtons() {
        return chromium.driver().findElements(By.xpath("//button[starts-with(normalize-space(.), 'Mark as read')]"));
    }

    private void awaitText(String text) {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(d -> chromium.text().contains(text));
    }
}
