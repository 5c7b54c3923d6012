package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 16's case page in a real Chromium, at laptop and phone sizes: what needs doing comes first, above the
 * summary (a missed first response, overdue and how late; a harm-threshold case's LADO deadline, with the step it
 * calls for); and closing a case with a warning and a referral outstanding lists them on a confirmation page,
 * settles their deadlines, and nothing is missed afterwards (decision 0044). Also the immediate-risk first response,
 * an hour after the report, through the API.
 */
@RunningApp
class IncidentNextStepsBrowserTest {

    @Autowired
    CaseFixture cases;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "next-steps");
    }

    @AfterEach
    void close() {
        TestClock.reset();
        chromium.close();
    }

    @Test
    void anImmediateRiskReportIsDueAFirstResponseWithinTheHourAndItsMissShowsAboveTheSummary() {
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("immediateRisk", true);
        String id = cases.logCase(STAFF_A, body);
        JsonNode logged = cases.awaitVersion(DSL_A, id, 0);
        JsonNode firstResponse = cases.deadline(DSL_A, id, "FIRST_RESPONSE");
        Instant due = Instant.parse(firstResponse.path("dueAt").asText());
        // an hour after the report (tidemark.incidents.immediate-risk-response-minutes), not 24 hours
        assertThat(Duration.between(Instant.parse(logged.path("loggedAt").asText()), due))
                .isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61));

        assertThat(TestClock.advanceTo(due.plus(Duration.ofHours(3)).plus(Duration.ofMinutes(5)), jdbc)).isPositive();
        cases.awaitDeadline(DSL_A, id, "FIRST_RESPONSE", "MISSED", Duration.ofSeconds(10));

        chromium.viewport(Chromium.LAPTOP);
        chromium.signIn(DSL_A, PASSWORD);
        chromium.open("/cases/" + id);
        String text = chromium.text();
        assertThat(text).contains("What needs doing", "First response to a report of immediate risk", "Overdue",
                "3 hours late", "Triage the case");
        assertThat(text.indexOf("3 hours late")).as("the miss is above the summary")
                .isLessThan(text.indexOf("What was seen"));
        chromium.check("missed-first-response");
        chromium.viewport(Chromium.PHONE);
        chromium.check("missed-first-response-phone");
    }

    @Test
    void aHarmThresholdCaseShowsItsLadoDeadlineAtTheTop() {
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("category", "INAPPROPRIATE_CONTACT");
        body.put("summary", "A teaching assistant has been messaging a Year 9 pupil privately at night.");
        body.put("people", List.of(
                Map.of("name", "Terry Assistant", "role", "STAFF", "involvement", "SUBJECT"),
                Map.of("name", "Pupil Nine", "role", "PUPIL", "involvement", "TARGET")));
        String id = cases.logCase(STAFF_A, body);
        cases.awaitVersion(DSL_A, id, 0);
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/triage", Map.of("severity", "HIGH",
                "reason", "Private contact with a pupil outside school", "allegationRoute", "HARM_THRESHOLD"))
                .status()).isEqualTo(204);
        cases.awaitDeadline(DSL_A, id, "LADO_REFERRAL", "PENDING");

        chromium.viewport(Chromium.LAPTOP);
        chromium.signIn(DSL_A, PASSWORD);
        chromium.open("/cases/" + id);
        String text = chromium.text();
        assertThat(text).contains("Referral to the LADO (the allegation meets the harm threshold)",
                "Refer the allegation to the LADO");
        assertThat(text.indexOf("Referral to the LADO")).isLessThan(text.indexOf("What was seen"));
        chromium.check("lado-deadline");
        // the step leads to the referral form
        chromium.driver().findElement(org.openqa.selenium.By.linkText("Refer the allegation to the LADO")).click();
        assertThat(chromium.driver().getCurrentUrl()).endsWith("#referral");
        chromium.viewport(Chromium.PHONE);
        chromium.check("lado-deadline-phone");
    }

    @Test
    void closingACaseListsWhatIsOutstandingSettlesItsDeadlinesAndNothingIsMissedAfterwards() {
        String id = cases.logCase(STAFF_A, caseBody());
        JsonNode logged = cases.awaitVersion(DSL_A, id, 0);
        String subject = null;
        for (JsonNode p : logged.path("people")) {
            if ("SUBJECT".equals(p.path("involvement").asText())) {
                subject = p.path("personId").asText();
            }
        }
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/triage", Map.of("severity", "MEDIUM",
                "reason", "Upsetting, no threat")).status()).isEqualTo(204);
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/warnings", Map.of("personId", subject,
                "kind", "WRITTEN", "channel", "EMAIL", "text", "Please remove the post")).status()).isEqualTo(201);
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/referrals", Map.of("agency", "CHILDRENS_SOCIAL_CARE",
                "reason", "The pupil's family asked for support")).status()).isEqualTo(201);
        JsonNode warning = cases.awaitDeadline(DSL_A, id, "WARNING_RESPONSE", "PENDING");
        cases.awaitDeadline(DSL_A, id, "REFERRAL_FOLLOW_UP", "PENDING");

        chromium.viewport(Chromium.LAPTOP);
        chromium.signIn(DSL_A, PASSWORD);
        chromium.open("/cases/" + id);
        assertThat(chromium.text()).contains("Response to the warning to Account Holder",
                "Acknowledgement of the referral to children's social care",
                "Record how Account Holder responded to the warning");
        chromium.check("deadlines-before-close");

        // an empty close form comes back with its problems, nothing closed
        chromium.reveal("Close the case");
        chromium.submit("close", "Continue");
        assertThat(chromium.text()).contains("There is a problem", "Outcome is required.");

        new Select(chromium.field("close", "Outcome")).selectByVisibleText("Resolved informally");
        chromium.field("close", "Rationale").sendKeys("The account holder took the post down");
        long before = cases.storedVersion(id);
        chromium.submit("close", "Continue");
        String check = chromium.text();
        assertThat(chromium.heading()).contains("Check before you close the case");
        assertThat(check).contains("Warnings awaiting a response", "Warning to Account Holder",
                "Referrals awaiting an acknowledgement", "Referral to children's social care",
                "Deadlines the close settles", "Resolved informally", "The account holder took the post down");
        chromium.check("close-confirmation");
        chromium.viewport(Chromium.PHONE);
        chromium.check("close-confirmation-phone");
        assertThat(cases.storedVersion(id)).as("nothing changed by the check").isEqualTo(before);
        assertThat(api.get(DSL_A, "/api/incidents/" + id).json().path("status").asText()).isEqualTo("OPEN");

        chromium.press("Close the case");
        assertThat(chromium.text()).contains("The case is closed.");
        chromium.check("closed-case-phone");

        // the deadlines are settled, in the chronology with the closing reason, and none is pending
        JsonNode chronology = cases.awaitChronology(DSL_A, id, 7);
        assertThat(chronology.toString()).contains("Response to a warning, settled when the case was closed "
                + "(resolved informally): The account holder took the post down");
        // but the retention review the close sets (decision 0052)
        for (JsonNode pending : api.get(DSL_A, "/api/deadlines?caseId=" + id + "&status=PENDING").json()) {
            assertThat(pending.path("kind").asText()).isEqualTo("RETENTION_REVIEW");
        }

        // the warning's response date passes: nothing is missed on the closed case
        Instant after = Instant.parse(warning.path("dueAt").asText()).plus(Duration.ofDays(3));
        TestClock.advanceTo(after, jdbc);
        CaseFixture.sleep(3000);
        assertThat(api.get(DSL_A, "/api/deadlines?caseId=" + id + "&status=MISSED").json()).isEmpty();
        assertThat(api.get(DSL_A, "/api/incidents/" + id + "/chronology").raw().body())
                .doesNotContain("Deadline missed");
        for (JsonNode n : api.get(DSL_A, "/api/notifications?size=100").json()) {
            if (id.equals(n.path("caseId").asText())) {
                assertThat(n.path("kind").asText()).as("told about the closed case").isNotEqualTo("DEADLINE_MISSED");
            }
        }
    }

    @Test
    void aLeadWhoChoosesIsToldAboutEveryNewReport() {
        assertThat(api.get(DSL_A, "/api/notifications/preferences").json().path("newReports").asText()).isEqualTo("OFF");
        ApiClient.assertProblem(api.send(DSL_A, "PUT", "/api/notifications/preferences", "{\"newReports\":\"SOMETIMES\"}",
                null, "application/json"), 400);

        chromium.viewport(Chromium.LAPTOP);
        chromium.signIn(DSL_A, PASSWORD);
        chromium.open("/notifications");
        assertThat(chromium.field("No, the dashboard is enough").isSelected()).as("the default").isTrue();
        chromium.tick("Yes, here in Tidemark");
        chromium.submit("preferences", "Save your choice");
        assertThat(chromium.text()).contains("Your choice is saved.");
        chromium.check("new-report-choice");
        assertThat(api.get(DSL_A, "/api/notifications/preferences").json().path("newReports").asText())
                .isEqualTo("IN_APP");

        String id = cases.logCase(STAFF_A, caseBody());
        String reference = cases.awaitVersion(DSL_A, id, 0).path("reference").asText();
        JsonNode told = null;
        for (int i = 0; i < 100 && (told == null || !told.toString().contains(id)); i++) {
            CaseFixture.sleep(100);
            told = api.get(DSL_A, "/api/notifications?size=100").json();
        }
        boolean found = false;
        for (JsonNode n : told) {
            if (id.equals(n.path("caseId").asText())) {
                assertThat(n.path("kind").asText()).isEqualTo("NEW_REPORT");
                assertThat(n.path("text").asText()).isEqualTo("New report in Alder School: incident case " + reference + " (cyberbullying)");
                found = true;
            }
        }
        assertThat(found).isTrue();
        CaseFixture.sleep(500);
        // a lead who did not choose is not told (they are of an immediate-risk report, whatever they chose)
        assertThat(api.get(DEPUTY_A, "/api/notifications?size=100").raw().body()).doesNotContain(id);

        chromium.open("/notifications");
        assertThat(chromium.text()).contains("New report in Alder School: incident case " + reference + " (cyberbullying)");
        chromium.viewport(Chromium.PHONE);
        chromium.check("new-report-told-phone");
    }
}
