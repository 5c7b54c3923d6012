package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The dashboard, deadline board, notifications and audit trail pages without JavaScript (plain GET forms and a
 * POST with the session's CSRF token), and what their numbers leave out: a case naming the viewer as a subject,
 * and every case of a setting that is not theirs.
 */
@RunningApp
class DashboardPagesTest {

    private static final Pattern OPEN = Pattern.compile("Open cases: (\\d+)");

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;

    @Test
    void theCountsLeaveOutACaseWhoseSubjectIsTheViewerAndTheCasesOfOtherSettings() {
        long deputyBefore = openCount(DEPUTY_A, "/");
        long dslBefore = openCount(DSL_A, "/");
        long dslBBefore = openCount(DSL_B, "/");
        Map<String, Object> aboutTheDeputy = new LinkedHashMap<>(caseBody());
        aboutTheDeputy.put("category", "STAFF_MISUSE");
        aboutTheDeputy.put("people", List.of(Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "Dep Uty", "role", "STAFF", "involvement", "SUBJECT", "username", DEPUTY_A)));
        String conflicted = cases.logCase(STAFF_A, aboutTheDeputy);
        String plain = cases.logCase(STAFF_A, caseBody());
        cases.awaitVersion(DSL_A, conflicted, 0);
        cases.awaitVersion(DSL_A, plain, 0);

        String deputy = page(DEPUTY_A, "/");
        assertThat(count(OPEN, deputy)).as("the deputy counts the plain case only").isEqualTo(deputyBefore + 1);
        assertThat(deputy).contains("/cases/" + plain).doesNotContain(conflicted);
        assertThat(stageCount(deputy, "New")).isEqualTo(stageCount(page(DSL_A, "/"), "New") - 1);
        // narrowed to the category only the conflicted case has, the deputy counts nothing of it
        assertThat(openCount(DEPUTY_A, "/?category=STAFF_MISUSE")).isZero();
        assertThat(openCount(DSL_A, "/?category=STAFF_MISUSE")).isEqualTo(1);

        String dsl = page(DSL_A, "/");
        assertThat(count(OPEN, dsl)).isEqualTo(dslBefore + 2);
        assertThat(dsl).contains("/cases/" + conflicted, "/cases/" + plain);

        String other = page(DSL_B, "/");
        assertThat(count(OPEN, other)).as("setting B's lead counts none of setting A's").isEqualTo(dslBBefore);
        assertThat(other).doesNotContain(conflicted).doesNotContain(plain);
        // a setting that is not theirs, asked for by hand, is no filter: still only their own setting's cases
        assertThat(openCount(DSL_B, "/?setting=" + SETTING_A)).isEqualTo(dslBBefore);
    }

    @Test
    void theDashboardFiltersAreAPlainGetFormAndHtmxGetsOnlyTheBody() {
        JsonNode high = cases.logAndAwait(caseBody());
        String highId = high.path("id").asText();
        assertThat(api.post(DSL_A, "/api/incidents/" + highId + "/triage", Map.of("severity", "HIGH",
                "reason", "Repeated posts", "ownerId", DSL_A)).status()).isEqualTo(204);
        cases.awaitVersion(DSL_A, highId, 1);
        String fresh = cases.logAndAwait(caseBody()).path("id").asText();

        Browser browser = signedIn(DSL_A);
        String all = browser.get("/").body();
        assertThat(all).contains("Needs attention", "My cases", "Filter the dashboard", "New and unacknowledged",
                "/cases/" + highId, "/cases/" + fresh);
        assertThat(all).as("of a case's text its first few words only (decision 0043), never its people")
                .contains("Comments about a Year 8 pupil").doesNotContain("Pupil One", "Account Holder");
        String filtered = browser.get("/?setting=&stage=&severity=HIGH&category=").body();
        // the filters narrow the folded part (what needs attention and my cases come before them, unfiltered)
        String narrowed = filtered.substring(filtered.indexOf("id=\"dashboard-body\""), filtered.indexOf("</details>"));
        assertThat(narrowed).contains("Showing the cases that match your filters.", "/cases/" + highId)
                .doesNotContain("/cases/" + fresh);
        assertThat(section(filtered, "matching-title")).contains("/cases/" + highId);
        assertThat(count(OPEN, filtered)).isEqualTo(count(OPEN, all) - countNotHigh(all));
        assertThat(filtered).containsPattern("<option value=\"HIGH\" selected=\"selected\">High</option>");
        // my cases: the triaged case owned by the DSL
        assertThat(section(filtered, "mine-title")).contains("/cases/" + highId);
        // new and unacknowledged: only the untriaged one
        String newOnes = section(all, "new-title");
        assertThat(newOnes).contains("/cases/" + fresh).doesNotContain("/cases/" + highId);

        HttpResponse<String> swapped = browser.get("/?severity=HIGH", "HX-Request", "true");
        assertThat(swapped.statusCode()).isEqualTo(200);
        assertThat(swapped.body()).startsWith("<div id=\"dashboard-body\"").doesNotContain("<html")
                .contains("/cases/" + highId);
        // every part of the dashboard was a read of case data, in the audit trail
        assertThat(api.get(ADMIN, "/api/audit?actor=" + DSL_A + "&kind=READ&size=100").json().path("items").toString())
                .contains("GET /");
    }

    @Test
    void aReporterSeesTheirOwnReportsAndOtherRolesTheirWayOn() {
        String mine = cases.logCase(STAFF_A, caseBody());
        cases.awaitVersion(DSL_A, mine, 0);
        String staff = page(STAFF_A, "/");
        assertThat(staff).contains("Signed in as", "Stan Staff", "My reports", "/concerns/" + mine, "Open")
                .doesNotContain("Open cases:", "/cases/");
        assertThat(page(HR, "/")).contains("Needs attention", "href=\"/hr\"").doesNotContain("Open cases:");
        assertThat(page(TRUSTEE, "/")).contains("href=\"/reports/quarterly\"").doesNotContain("Needs attention");
        assertThat(page(ADMIN, "/")).contains("href=\"/admin\"", "href=\"/audit\"");
    }

    @Test
    void aNotificationIsMarkedReadByAPlainPostAndOnlyByItsOwnerAndItsButton() {
        Map<String, Object> risk = new LinkedHashMap<>(caseBody());
        risk.put("immediateRisk", true);
        String id = cases.logCase(STAFF_A, risk);
        JsonNode inbox = cases.awaitGet(DSL_A, "/api/notifications?size=100", r -> r.raw().body().contains(id),
                "the alert to the DSL");
        String notification = null;
        for (JsonNode n : inbox) {
            if (id.equals(n.path("caseId").asText())) {
                notification = n.path("notificationId").asText();
            }
        }
        Browser dsl = signedIn(DSL_A);
        String page = dsl.get("/notifications").body();
        assertThat(page).contains("Unread", "Mark as read", "/cases/" + id);
        String csrf = dsl.csrfOf("/notifications");
        String action = "/notifications/" + encoded(notification) + "/read";

        HttpResponse<String> notFromTheButton = dsl.post(action, Map.of(), csrf);
        assertThat(notFromTheButton.statusCode()).isEqualTo(400);
        assertThat(notFromTheButton.body()).contains("There is a problem", "Nothing was marked as read");
        assertThat(readAt(DSL_A, notification)).as("nothing changed").isNull();

        Browser deputy = signedIn(DEPUTY_A);
        HttpResponse<String> someoneElses = deputy.post(action, Map.of("action", "read"), deputy.csrfOf("/notifications"));
        assertThat(someoneElses.statusCode()).isEqualTo(404);
        assertThat(readAt(DSL_A, notification)).isNull();

        HttpResponse<String> read = dsl.post(action, Map.of("action", "read", "unread", "false", "page", "0"), csrf);
        assertThat(read.statusCode()).isEqualTo(302);
        assertThat(Browser.location(read)).isEqualTo("/notifications?page=0");
        assertThat(readAt(DSL_A, notification)).isNotNull();
        String after = dsl.get(Browser.location(read)).body();
        assertThat(after).contains("Marked as read.");
        assertThat(dsl.get("/notifications?unread=true").body()).doesNotContain("/cases/" + id);
    }

    @Test
    void theDeadlineBoardAndTheAuditTrailFilterWithoutJavaScript() {
        String id = cases.logCase(STAFF_A, caseBody());
        cases.awaitDeadline(DSL_A, id, "FIRST_RESPONSE", "PENDING");
        Browser dsl = signedIn(DSL_A);
        String board = dsl.get("/deadlines?status=PENDING&kind=FIRST_RESPONSE&caseType=INCIDENT").body();
        assertThat(board).contains("First response", "/cases/" + id, ">Pending</strong>", "Alder School")
                .doesNotContain(">Missed</strong>", ">Met</strong>");
        assertThat(dsl.get("/deadlines?caseType=COMPLAINT").body()).doesNotContain("/cases/" + id);
        assertThat(dsl.get("/deadlines?mine=true").body()).doesNotContain("/cases/" + id);
        assertThat(signedIn(STAFF_A).get("/deadlines").statusCode()).isEqualTo(403);

        assertThat(api.get(DSL_A, "/api/incidents/" + id).status()).isEqualTo(200); // a READ entry of the case
        assertThat(dsl.get("/audit?caseId=" + id).body()).contains("· Case data read", "· Change to a case");
        String trail = dsl.get("/audit?caseId=" + id + "&kind=EVENT").body();
        assertThat(trail).contains("Audit trail", "Verify the chain", "/cases/" + id, "Stan Staff logged case")
                .doesNotContain("· Case data read");
        assertThat(dsl.get("/audit?kind=READ&actor=" + DSL_A).body()).contains("· Case data read");
        HttpResponse<String> badDate = dsl.get("/audit?from-day=31&from-month=2&from-year=2026");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("There is a problem", "From must be a real date.",
                "href=\"#audit-from-day\"");
        HttpResponse<String> backwards = dsl.get("/audit?from-day=2&from-month=3&from-year=2026"
                + "&to-day=1&to-month=3&to-year=2026");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("To must be after from.");

        String verified = dsl.get("/audit/verify").body();
        assertThat(verified).contains("The chain is intact", "entries checked");
        HttpResponse<String> inPlace = dsl.get("/audit/verify", "HX-Request", "true");
        assertThat(inPlace.body()).doesNotContain("<html").contains("The chain is intact");
        assertThat(signedIn(HR).get("/audit").statusCode()).isEqualTo(403);
    }

    // ---- helpers ----

    private Browser signedIn(String user) {
        Browser browser = new Browser("http://localhost:" + port);
        assertThat(Browser.location(browser.signIn(user, PASSWORD))).isEqualTo("/");
        return browser;
    }

    private String page(String user, String path) {
        HttpResponse<String> response = signedIn(user).get(path);
        assertThat(response.statusCode()).as("%s as %s", path, user).isEqualTo(200);
        return response.body();
    }

    private long openCount(String user, String path) {
        return count(OPEN, page(user, path));
    }

    private static long count(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertThat(m.find()).as("%s on the page", pattern).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The count block of a stage or severity: its number, then the link naming it. */
    private static long stageCount(String body, String label) {
        return count(Pattern.compile("tidemark-count__value\">(\\d+)</span>\\s*<a class=\"govuk-link\" href=\"[^\"]*\">"
                + label + "</a>"), body);
    }

    private static long countNotHigh(String body) {
        long notHigh = 0;
        for (String label : List.of("Low", "Medium", "Critical")) {
            notHigh += stageCount(body, label);
        }
        return notHigh + count(Pattern.compile("tidemark-count__value\">(\\d+)</span>\\s*Not assessed yet"), body);
    }

    /** The part of the page from the heading with this id to the next section. */
    private static String section(String body, String headingId) {
        int start = body.indexOf("id=\"" + headingId + "\"");
        assertThat(start).as("heading %s", headingId).isPositive();
        int end = body.indexOf("</section>", start);
        return body.substring(start, end);
    }

    private String readAt(String user, String notificationId) {
        for (JsonNode n : api.get(user, "/api/notifications?size=100").json()) {
            if (notificationId.equals(n.path("notificationId").asText())) {
                return n.path("readAt").isNull() ? null : n.path("readAt").asText();
            }
        }
        throw new AssertionError("no notification " + notificationId);
    }

    private static String encoded(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
