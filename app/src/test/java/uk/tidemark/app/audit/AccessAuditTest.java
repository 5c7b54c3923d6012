package uk.tidemark.app.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.AuditFixture;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.refusal.ForbiddenException;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.AuditFixture.details;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Sign-ins and access denials in the audit trail: a success and a failure by form and by HTTP Basic; every 403,
 * once; every 404 given for a case that exists but is not the user's, with the case named.
 */
@RunningApp
class AccessAuditTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** A controller that refuses with a 403 of its own, as future endpoints may: the interceptor must record it. */
    @TestConfiguration
    static class ForbiddingController {
        @RestController
        static class Forbidding {
            @GetMapping("/api/test-only/forbidden")
            String refuse() {
                throw new ForbiddenException("Your role does not allow this.");
            }
        }
    }

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    AuditFixture audit;
    @LocalServerPort
    int port;

    @Test
    void aCaseOfAnotherSettingAnswers404AndTheAttemptIsAnEntry() {
        String id = cases.logCase(DSL_A, caseBody());
        cases.awaitVersion(DSL_A, id, 1);
        for (String[] attempt : new String[][]{
                {"GET", "/api/incidents/" + id, "GET /api/incidents/{id}"},
                {"GET", "/api/incidents/" + id + "/chronology", "GET /api/incidents/{id}/chronology"},
                {"POST", "/api/incidents/" + id + "/notes", "POST /api/incidents/{id}/notes"}}) {
            long before = audit.auditCount("kind = 'ACCESS_DENIED'");
            Reply reply = attempt[0].equals("GET") ? api.get(DSL_B, attempt[1])
                    : api.post(DSL_B, attempt[1], Map.of("text", "x"));
            assertProblem(reply, 404);
            List<Map<String, Object>> denied = audit.auditRows("kind = 'ACCESS_DENIED' AND actor = ? AND what = ?", DSL_B,
                    attempt[2]);
            assertThat(audit.auditCount("kind = 'ACCESS_DENIED'")).as(attempt[2]).isEqualTo(before + 1);
            Map<String, Object> entry = denied.get(denied.size() - 1);
            assertThat(entry.get("case_id")).isEqualTo(id);
            assertThat(entry.get("case_type")).isEqualTo("INCIDENT");
            assertThat(entry.get("setting_id")).isEqualTo(SETTING_A);
            assertThat(details(entry).path("status").asInt()).isEqualTo(404);
        }
        // an id that does not exist is not a denial: there is nothing to deny
        long before = audit.auditCount("kind = 'ACCESS_DENIED'");
        assertProblem(api.get(DSL_B, "/api/incidents/no-such-case"), 404);
        assertThat(audit.auditCount("kind = 'ACCESS_DENIED'")).isEqualTo(before);
    }

    @Test
    void hiddenHrCasesAndComplaintsAreEntriesToo() {
        String disciplinary = api.post(HR, "/api/disciplinary-cases", Map.of("settingId", SETTING_B, "employeeName",
                "Casey Clerk", "teacher", false, "concernsHarmToChildren", false, "allegation", "A post.")).json()
                .path("id").asText();
        String complaint = api.post(DSL_B, "/api/complaints", Map.of("channel", "LETTER", "complainant", "A Neighbour",
                "summary", "Parking")).json().path("id").asText();
        assertProblem(api.get(HEAD_A, "/api/disciplinary-cases/" + disciplinary), 404);
        assertProblem(api.get(DSL_A, "/api/complaints/" + complaint), 404);
        assertThat(audit.auditRows("kind = 'ACCESS_DENIED' AND actor = ? AND case_id = ?", HEAD_A, disciplinary))
                .singleElement().satisfies(e -> {
                    assertThat(e.get("case_type")).isEqualTo("DISCIPLINARY");
                    assertThat(e.get("setting_id")).isEqualTo(SETTING_B);
                });
        assertThat(audit.auditRows("kind = 'ACCESS_DENIED' AND actor = ? AND case_id = ?", DSL_A, complaint))
                .singleElement().satisfies(e -> assertThat(e.get("case_type")).isEqualTo("COMPLAINT"));
    }

    @Test
    void every403IsOneEntry() throws Exception {
        String own = cases.logCase(STAFF_A, caseBody());
        for (String[] attempt : new String[][]{
                // the security chain's refusals
                {TRUSTEE, "GET", "/api/incidents", "GET /api/incidents"},
                {ADMIN, "GET", "/api/incidents/" + own, "GET /api/incidents/" + own},
                {DSL_A, "GET", "/api/hr-register", "GET /api/hr-register"},
                {HR, "GET", "/api/audit", "GET /api/audit"},
                // a reporter acting on their own case: refused with the case named
                // (not a note: a reporter may add one to their own report, issue 16)
                {STAFF_A, "POST", "/api/incidents/" + own + "/reopen", "POST /api/incidents/{id}/reopen"},
                // a controller's own 403
                {DSL_A, "GET", "/api/test-only/forbidden", "GET /api/test-only/forbidden"}}) {
            long before = audit.auditCount("kind = 'ACCESS_DENIED'");
            Reply reply = attempt[1].equals("GET") ? api.get(attempt[0], attempt[2])
                    : api.post(attempt[0], attempt[2], Map.of(attempt[2].endsWith("/reopen") ? "reason" : "text", "x"));
            assertProblem(reply, 403);
            assertThat(audit.auditCount("kind = 'ACCESS_DENIED'")).as(attempt[2]).isEqualTo(before + 1);
            Map<String, Object> entry = audit.auditRows("kind = 'ACCESS_DENIED'").get((int) before);
            assertThat(entry.get("actor")).isEqualTo(attempt[0]);
            assertThat(entry.get("what")).isEqualTo(attempt[3]);
            assertThat(details(entry).path("status").asInt()).isEqualTo(403);
        }
        assertThat(audit.auditRows("kind = 'ACCESS_DENIED' AND actor = ? AND case_id = ?", STAFF_A, own)).hasSize(1);

        // the pages' own 403: a sign-in form posted without its CSRF token, by no one signed in
        long before = audit.auditCount("kind = 'ACCESS_DENIED'");
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + DSL_A + "&password=x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(audit.auditRows("kind = 'ACCESS_DENIED'")).hasSize((int) before + 1).last().satisfies(e -> {
            assertThat(e.get("actor")).isNull();
            assertThat(e.get("what")).isEqualTo("POST /login");
        });
    }

    @Test
    void signInsAndFailedSignInsAreEntriesAndATypedUnknownNameIsNotKept() throws Exception {
        // HTTP Basic: a success, a wrong password, an unknown name
        long signIns = audit.auditCount("kind = 'SIGN_IN' AND actor = ?", DEPUTY_A);
        assertThat(api.get(DEPUTY_A, "/api/me").status()).isEqualTo(200);
        assertThat(audit.auditCount("kind = 'SIGN_IN' AND actor = ?", DEPUTY_A)).isEqualTo(signIns + 1);
        assertThat(audit.auditRows("kind = 'SIGN_IN' AND actor = ?", DEPUTY_A)).last()
                .satisfies(e -> assertThat(e.get("what")).isEqualTo("BASIC"));

        long failed = audit.auditCount("kind = 'SIGN_IN_FAILED'");
        Reply wrong = api.send(null, "GET", "/api/me", null, null, null);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(audit.auditCount("kind = 'SIGN_IN_FAILED'")).as("no credentials at all is not a sign-in").isEqualTo(failed);
        assertThat(basic(DEPUTY_A, "not the password").statusCode()).isEqualTo(401);
        assertThat(basic("Password123-typed-as-name", PASSWORD).statusCode()).isEqualTo(401);
        List<Map<String, Object>> refused = audit.auditRows("kind = 'SIGN_IN_FAILED'");
        assertThat(refused).hasSize((int) failed + 2);
        assertThat(refused.get(refused.size() - 2)).satisfies(e -> {
            assertThat(e.get("actor")).isEqualTo(DEPUTY_A);
            assertThat(e.get("what")).isEqualTo("BASIC");
            assertThat(details(e).path("reason").asText()).isEqualTo("BAD_CREDENTIALS");
            assertThat(details(e).path("knownAccount").asBoolean()).isTrue();
        });
        assertThat(refused.get(refused.size() - 1)).satisfies(e -> {
            assertThat(e.get("actor")).isNull();
            assertThat(details(e).path("knownAccount").asBoolean()).isFalse();
        });
        assertThat(audit.auditCount("actor LIKE '%typed-as-name%' OR details LIKE '%typed-as-name%'")).isZero();

        // the sign-in form: one entry for a success, one for a failure
        long formIns = audit.auditCount("kind = 'SIGN_IN' AND what = 'FORM' AND actor = ?", DEPUTY_A);
        long formFails = audit.auditCount("kind = 'SIGN_IN_FAILED' AND what = 'FORM' AND actor = ?", DEPUTY_A);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> bad = form(browser, DEPUTY_A, "wrong");
        assertThat(bad.uri().toString()).contains("/login?error");
        HttpResponse<String> good = form(browser, DEPUTY_A, PASSWORD);
        assertThat(good.uri().getPath()).isEqualTo("/");
        assertThat(audit.auditCount("kind = 'SIGN_IN' AND what = 'FORM' AND actor = ?", DEPUTY_A)).isEqualTo(formIns + 1);
        assertThat(audit.auditCount("kind = 'SIGN_IN_FAILED' AND what = 'FORM' AND actor = ?", DEPUTY_A))
                .isEqualTo(formFails + 1);
    }

    private HttpResponse<String> basic(String user, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> form(HttpClient browser, String user, String password) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).isTrue();
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
