package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The incident pages without JavaScript: plain form posts and full-page answers. A member of staff reports a
 * concern (refused field by field first), a safeguarding lead finds it and acts on it; a subject of the case and a
 * lead of another setting get the 404 page for it and its actions; a page loaded before a change gets the 409
 * sentence in the error summary.
 */
@RunningApp
class IncidentPagesTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern REPORTED = Pattern.compile("/concerns/([0-9a-f-]{36})");

    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;

    private Browser signedIn(String user) {
        Browser browser = new Browser("http://localhost:" + port);
        assertThat(browser.signIn(user, PASSWORD).statusCode()).isEqualTo(302);
        return browser;
    }

    static String versionOf(String page) {
        Matcher m = VERSION.matcher(page);
        assertThat(m.find()).as("the case version in a hidden field").isTrue();
        return m.group(1);
    }

    /** The concern form as a member of staff fills it in: one person, yesterday at 16:45 UK time. */
    static Map<String, String> concern(String summary) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("category", "CYBERBULLYING");
        form.put("platform", "TIKTOK");
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        form.put("occurredAt-day", String.valueOf(yesterday.getDayOfMonth()));
        form.put("occurredAt-month", String.valueOf(yesterday.getMonthValue()));
        form.put("occurredAt-year", String.valueOf(yesterday.getYear()));
        form.put("occurredAt-time", "16:45");
        form.put("summary", summary);
        form.put("links", "https://tiktok.example/v/1\n\nhttps://tiktok.example/v/2\n");
        form.put("people[0].name", "Pupil Two");
        form.put("people[0].role", "PUPIL");
        form.put("people[0].involvement", "TARGET");
        form.put("people[1].name", "");
        form.put("people[1].role", "");
        return form;
    }

    @Test
    void staffReportAConcernAndALeadActsOnItWithPlainFormPosts() {
        Browser staff = signedIn(STAFF_A);
        HttpResponse<String> blank = staff.get("/concerns/new");
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("Report a concern", "people[0].name", "A child may be at immediate risk");

        String csrf = staff.csrfOf("/concerns/new");
        HttpResponse<String> empty = staff.post("/concerns/new", Map.of(), csrf);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("There is a problem", "What kind of concern is required.",
                "What you saw is required.", "href=\"#concern-category\"");

        HttpResponse<String> more = staff.post("/concerns/new", Map.of("action", "add-person",
                "people[0].name", "Pupil Two", "summary", "kept"), csrf);
        assertThat(more.statusCode()).isEqualTo(200);
        assertThat(more.body()).contains("Person 2", "people[1].name", "Pupil Two", "kept")
                .doesNotContain("There is a problem");

        Map<String, String> badLink = concern("Videos mocking a pupil.");
        badLink.put("links", "https://ok.example\nnot a link");
        HttpResponse<String> refused = staff.post("/concerns/new", badLink, csrf);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Links (line 2) must be a web address");

        HttpResponse<String> sent = staff.post("/concerns/new", concern("Videos mocking a pupil."), csrf);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        Matcher reported = REPORTED.matcher(Browser.location(sent));
        assertThat(reported.matches()).isTrue();
        String id = reported.group(1);
        HttpResponse<String> confirmation = staff.get("/concerns/" + id);
        assertThat(confirmation.statusCode()).isEqualTo(200);
        // the reference the reporter can quote (decision 0038): Alder School's code, this year, a number
        assertThat(confirmation.body()).contains("Report sent", "What happens next", "Open")
                .containsPattern("Your reference<br><strong class=\"tidemark-reference\">AS-"
                        + String.format("%02d", LocalDate.now(ZoneId.of("Europe/London")).getYear() % 100)
                        + "-\\d{4}</strong>");
        assertThat(staff.get("/concerns/" + id).body()).as("the panel shows once; the status stays")
                .doesNotContain("Report sent").contains("Your report", "Cyberbullying");
        assertThat(staff.get("/cases/" + id).statusCode()).as("a reporter has no case page").isEqualTo(403);

        JsonNode logged = cases.awaitVersion(DSL_A, id, 0);
        assertThat(logged.path("reportedBy").asText()).isEqualTo(STAFF_A);
        assertThat(logged.path("links")).hasSize(2);
        assertThat(logged.path("people")).hasSize(1);
        assertThat(logged.path("occurredAt").asText()).endsWith(":45:00Z");
        assertThat(logged.path("immediateRisk").asBoolean()).isFalse();

        Browser dsl = signedIn(DSL_A);
        assertThat(dsl.get("/cases?status=OPEN").body()).contains("Videos mocking a pupil.", "/cases/" + id);
        assertThat(dsl.get("/cases?status=CLOSED").body()).doesNotContain("/cases/" + id);
        assertThat(dsl.get("/cases?status=NOT_A_STATUS&page=x").statusCode()).as("a bad filter is ignored")
                .isEqualTo(200);
        HttpResponse<String> part = dsl.get("/cases?mine=true", "HX-Request", "true");
        assertThat(part.body()).as("htmx gets the results only").startsWith("<div id=\"case-results\"")
                .doesNotContain("<html").doesNotContain("/cases/" + id); // nobody owns it yet
        String page = dsl.get("/cases/" + id).body();
        String token = dsl.csrfOf("/cases/" + id);
        HttpResponse<String> triaged = dsl.post("/cases/" + id + "/triage", Map.of("severity", "HIGH",
                "reason", "Repeated, public", "version", versionOf(page)), token);
        assertThat(triaged.statusCode()).isEqualTo(302);
        assertThat(Browser.location(triaged)).isEqualTo("/cases/" + id);
        page = dsl.get("/cases/" + id).body();
        assertThat(page).contains("The case is triaged.", "Repeated, public", "Severity: High");

        HttpResponse<String> noted = dsl.post("/cases/" + id + "/notes", Map.of("text", "Spoke to the pupil's tutor.",
                "version", versionOf(page)), token);
        assertThat(noted.statusCode()).isEqualTo(302);
        page = dsl.get("/cases/" + id).body();
        assertThat(page).contains("The note is added.", "Spoke to the pupil&#39;s tutor.");
        assertThat(page).contains("<option value=\"" + DEPUTY_A + "\">Dep Uty</option>");

        Map<String, String> evidence = new LinkedHashMap<>(Map.of("description", "Screen recording",
                "sha256", "ab".repeat(32), "capturedAt-day", "1", "capturedAt-month", "7", "capturedAt-year", "2026",
                "version", versionOf(page)));
        HttpResponse<String> noTime = dsl.post("/cases/" + id + "/evidence", evidence, token);
        assertThat(noTime.statusCode()).isEqualTo(400);
        // GOV.UK's words, the same in the summary and beside the field; the link lands on the wrong box
        assertThat(noTime.body()).contains("The date it was captured must include a time, or tick the box if the time is not known.",
                "href=\"#evidence-capturedAt-time\"", "Screen recording");
        evidence.put("capturedAt-time", "9:15am");
        assertThat(dsl.post("/cases/" + id + "/evidence", evidence, token).statusCode()).isEqualTo(302);
        JsonNode recorded = cases.awaitVersion(DSL_A, id, 3);
        assertThat(recorded.path("evidence").get(0).path("capturedAt").asText())
                .as("09:15 in a British summer is 08:15 UTC").isEqualTo("2026-07-01T08:15:00Z");
        JsonNode noted2 = recorded;
        assertThat(noted2.path("notes")).hasSize(1);
        assertThat(dsl.get("/cases?mine=true").body()).as("triage took the case").contains("/cases/" + id);

        String pupil = noted2.path("people").get(0).path("personId").asText();
        HttpResponse<String> person = dsl.get("/people/" + pupil);
        assertThat(person.statusCode()).isEqualTo(200);
        assertThat(person.body()).contains("Pupil Two", "/cases/" + id, "Note added");
        assertThat(signedIn(DSL_B).get("/people/" + pupil).statusCode()).as("another setting's lead")
                .isEqualTo(404);
    }

    @Test
    void aSubjectAndALeadOfAnotherSettingGetThePageNotFoundAndAStalePageGetsTheRefusal() {
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("people", List.of(Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "Dep Uty", "role", "STAFF", "involvement", "SUBJECT", "username", DEPUTY_A)));
        String id = cases.logCase(DSL_A, body);
        cases.awaitVersion(DSL_A, id, 0);
        long logged = cases.storedVersion(id);

        for (String outsider : List.of(DEPUTY_A, DSL_B)) {
            Browser browser = signedIn(outsider);
            HttpResponse<String> page = browser.get("/cases/" + id);
            assertThat(page.statusCode()).as("%s opens the case", outsider).isEqualTo(404);
            assertThat(page.body()).contains("Page not found").doesNotContain("Comments about a Year 8 pupil");
            String csrf = browser.csrfOf("/");
            assertThat(browser.post("/cases/" + id + "/notes", Map.of("text", "x"), csrf).statusCode())
                    .as("%s adds a note", outsider).isEqualTo(404);
            assertThat(browser.post("/cases/" + id + "/close", Map.of(), csrf).statusCode())
                    .as("%s posts an empty form", outsider).isEqualTo(404);
        }
        assertThat(cases.storedVersion(id)).as("nothing changed").isEqualTo(logged);

        Browser dsl = signedIn(DSL_A);
        String loaded = versionOf(dsl.get("/cases/" + id).body());
        String csrf = dsl.csrfOf("/cases/" + id);
        assertThat(dsl.post("/cases/" + id + "/notes", Map.of("text", "First", "version", loaded), csrf)
                .statusCode()).isEqualTo(302);
        HttpResponse<String> stale = dsl.post("/cases/" + id + "/notes",
                Map.of("text", "Second, from the old page", "version", loaded), csrf);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("There is a problem", "This case has changed since you loaded it",
                "Second, from the old page");
        HttpResponse<String> reopen = dsl.post("/cases/" + id + "/reopen", Map.of("reason", "why not",
                "version", versionOf(stale.body())), csrf);
        assertThat(reopen.statusCode()).as("reopening an open case").isEqualTo(409);
        assertThat(reopen.body()).contains("There is a problem", "id=\"reopen\"");
        assertThat(cases.storedVersion(id)).as("one note, nothing else").isEqualTo(logged + 1);
    }

    @Test
    void everyActionFormOfTheCasePageIsAccepted() {
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("category", "STAFF_MISUSE");
        body.put("people", List.of(Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "Sam Teacher", "role", "STAFF", "involvement", "SUBJECT")));
        String id = cases.logCase(STAFF_A, body);
        JsonNode logged = cases.awaitVersion(DSL_A, id, 0);
        String pupil = logged.path("people").get(0).path("personId").asText();
        String teacher = logged.path("people").get(1).path("personId").asText();
        Browser dsl = signedIn(DSL_A);
        String csrf = dsl.csrfOf("/cases/" + id);

        act(dsl, csrf, id, "triage", Map.of("severity", "MEDIUM", "reason", "Staff conduct",
                "allegationRoute", "LOW_LEVEL_CONCERN"), "The case is triaged.");
        act(dsl, csrf, id, "assign", Map.of("ownerId", DEPUTY_A, "reason", "Cover"), "The case has a new owner.");
        act(dsl, csrf, id, "content-actions", Map.of("contentAction", "REPORTED_TO_PLATFORM", "reference", "IG-77"),
                "The content action is recorded.");
        act(dsl, csrf, id, "warnings", Map.of("personId", teacher, "kind", "REMOVAL_REQUEST", "channel", "EMAIL",
                "text", "Please remove the post.", "responseDueBy", LocalDate.now().plusDays(7).toString()),
                "The warning is recorded.");
        String warning = cases.awaitVersion(DSL_A, id, 4).path("warnings").get(0).path("warningId").asText();
        act(dsl, csrf, id, "warnings/" + warning + "/response", Map.of("response", "REFUSED"),
                "The response to the warning is recorded.");
        act(dsl, csrf, id, "police-escalation", Map.of("reason", "HARASSMENT", "force", "Test Constabulary"),
                "The case is escalated to the police.");
        act(dsl, csrf, id, "police-updates", Map.of("status", "Investigating", "note", "Officer assigned"),
                "The police update is recorded.");
        act(dsl, csrf, id, "referrals", Map.of("agency", "LADO", "reason", "Allegation against staff"),
                "The referral is recorded.");
        String referral = cases.awaitVersion(DSL_A, id, 8).path("referrals").get(0).path("id").asText();
        act(dsl, csrf, id, "referrals/" + referral + "/acknowledgement", Map.of("reference", "LADO-1"),
                "The acknowledgement is recorded.");
        act(dsl, csrf, id, "disciplinary-referral", Map.of("personId", teacher, "teacher", "true",
                "concernsHarmToChildren", "false", "allegation", "Posted about a pupil"), "HR has the referral");
        act(dsl, csrf, id, "complaint-referral", Map.of("channel", "SOCIAL_MEDIA", "complainant", "A parent",
                "summary", "About the post"), "The matter is redirected to the complaints procedure.");
        act(dsl, csrf, id, "people/" + pupil + "/user", Map.of("username", STAFF_A),
                "The person is linked to their Tidemark account.");
        act(dsl, csrf, id, "close", Map.of("outcome", "DISCIPLINARY_ACTION", "rationale", "With HR"),
                "The case is closed.");
        String closed = act(dsl, csrf, id, "reopen", Map.of("reason", "New posts"), "The case is reopened.");
        // the HR case opened from it is named by its own reference, with its stage (decision 0038)
        assertThat(closed).contains("IG-77", "LADO-1", "Officer assigned", "Refused")
                .containsPattern("AS-\\d{2}-\\d{4}, stage: ");
        JsonNode done = cases.awaitVersion(DSL_A, id, 14);
        assertThat(done.path("ownerId").asText()).isEqualTo(DEPUTY_A);
        assertThat(done.path("status").asText()).isEqualTo("OPEN");
        assertThat(done.path("disciplinaryCases")).hasSize(1);
        assertThat(done.path("complaints")).hasSize(1);
    }

    @Test
    void aLongListIsPaged() {
        for (int i = 0; i < 21; i++) {
            cases.logCase(DSL_AB, Map.of("settingId", SETTING_B, "category", "OTHER", "platform", "EMAIL",
                    "occurredAt", "2026-01-05T10:00:00Z", "summary", "Paged case " + i, "immediateRisk", false));
        }
        Browser dsl = signedIn(DSL_B);
        cases.awaitGet(DSL_B, "/api/incidents?size=1", r -> r.json().path("total").asInt() >= 21, "21 cases");
        String first = dsl.get("/cases").body();
        assertThat(first).contains("govuk-pagination", "aria-label=\"Page 2\"", "page 1 of 2",
                "govuk-pagination__item--current");
        HttpResponse<String> second = dsl.get("/cases?page=2");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("page 2 of 2", "rel=\"prev\"");
    }

    /** Posts one action's form with the version the page shows; answers the case page after the redirect. */
    private static String act(Browser browser, String csrf, String id, String action, Map<String, String> fields,
                              String banner) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("version", versionOf(browser.get("/cases/" + id).body()));
        HttpResponse<String> answer = browser.post("/cases/" + id + "/" + action, form, csrf);
        assertThat(answer.statusCode()).as("%s: %s", action, answer.body()).isEqualTo(302);
        String page = browser.get("/cases/" + id).body();
        assertThat(page).as(action).contains(banner);
        return page;
    }
}
