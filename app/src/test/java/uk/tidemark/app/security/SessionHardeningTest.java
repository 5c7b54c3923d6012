package uk.tidemark.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.security.SignInHardening;
import uk.tidemark.app.web.Browser;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.CaseFixture.sleep;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Sessions and response headers: a new session id at every sign-in, the idle and absolute timeouts (a few
 * seconds here; 30 minutes and 12 hours by default), and the security headers on pages and API answers.
 */
@RunningApp
@TestPropertySource(properties = {"tidemark.security.session.idle-timeout=2s",
        "tidemark.security.session.absolute-timeout=4s"})
class SessionHardeningTest {

    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;

    @Test
    void signingInGivesTheSessionANewIdOnTheFormAndOnTheApi() {
        Browser form = browser();
        form.get("/login");
        String before = form.sessionId();
        assertThat(before).isNotNull();
        assertThat(Browser.location(form.signIn(STAFF_A, PASSWORD))).isEqualTo("/");
        assertThat(form.sessionId()).isNotNull().isNotEqualTo(before);

        Browser api = browser();
        api.get("/login");
        String anonymous = api.sessionId();
        assertThat(api.getWithBasic("/api/me", DSL_A, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(api.sessionId()).isNotNull().isNotEqualTo(anonymous);
    }

    @Test
    void aSessionIdleForLongerThanTheIdleTimeoutEnds() {
        Browser form = browser();
        form.signIn(STAFF_A, PASSWORD);
        assertThat(form.get("/").statusCode()).isEqualTo(200);
        sleep(1200);
        assertThat(form.get("/").statusCode()).as("used within the idle timeout").isEqualTo(200);
        sleep(2300);
        assertThat(Browser.location(form.get("/"))).as("idle for longer").isEqualTo("/login");

        Browser api = browser();
        assertThat(api.getWithBasic("/api/me", DSL_A, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/me").statusCode()).isEqualTo(200);
        sleep(2300);
        assertThat(api.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionEndsAtTheAbsoluteTimeoutHoweverBusyItIs() {
        Browser api = browser();
        long signedIn = System.nanoTime();
        assertThat(api.getWithBasic("/api/me", DSL_A, PASSWORD).statusCode()).isEqualTo(200);
        while (elapsedMillis(signedIn) < 3300) {
            assertThat(api.get("/api/me").statusCode()).as("at %d ms", elapsedMillis(signedIn)).isEqualTo(200);
            sleep(600);
        }
        sleep(Math.max(0, 4300 - elapsedMillis(signedIn)));
        assertThat(api.get("/api/me").statusCode()).as("never idle, but signed in too long ago").isEqualTo(401);
    }

    @Test
    void pagesCarryTheContentSecurityPolicyAndTheOtherSecurityHeaders() {
        Browser browser = browser();
        assertPageHeaders(browser.get("/login").headers());
        browser.signIn(STAFF_A, PASSWORD);
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertPageHeaders(home.headers());
        assertThat(home.body()).as("nothing inline for the policy to block: scripts are files")
                .doesNotContainPattern("<script(?![^>]*\\ssrc=)")
                .doesNotContainPattern("\\son[a-z]+=").doesNotContain("style=");
        assertThat(home.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
    }

    @Test
    void behindATlsProxyTheAnswersCarryHsts() {
        HttpResponse<String> page = browser().get("/login", "X-Forwarded-Proto", "https");
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
        HttpResponse<String> api = browser().getWithBasic("/api/me", DSL_A, PASSWORD, "X-Forwarded-Proto", "https");
        assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void noApiAnswerMayBeStoredByACache() {
        String id = cases.logCase(DSL_A, caseBody());
        Browser api = browser();
        assertThat(api.getWithBasic("/api/me", DSL_A, PASSWORD).statusCode()).isEqualTo(200);
        for (String path : List.of("/api/incidents/" + id, "/api/incidents", "/api/incidents/" + id + "/chronology",
                "/api/incidents/no-such-case", "/api/deadlines")) {
            HttpResponse<String> answer = api.get(path);
            assertThat(answer.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(
                    v -> assertThat(v).contains("no-store"));
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
        HttpResponse<String> signedOut = browser().get("/api/incidents/" + id);
        assertThat(signedOut.statusCode()).isEqualTo(401);
        assertThat(signedOut.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    private static void assertPageHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(SignInHardening.CONTENT_SECURITY_POLICY);
        assertThat(SignInHardening.CONTENT_SECURITY_POLICY).contains("script-src 'self';")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").contains("frame-ancestors 'none'");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    private Browser browser() {
        return new Browser("http://127.0.0.1:" + port);
    }

    private static long elapsedMillis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
