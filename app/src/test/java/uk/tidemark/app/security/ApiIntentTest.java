package uk.tidemark.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.AuditFixture;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.write;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.CaseFixture.sleep;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 12 item 6: a state-changing API request signed in by the session cookie alone must prove it was meant (the
 * X-Tidemark-Client header, or the pages' CSRF token); one a browser says another site made is refused whatever its
 * credentials; a request with HTTP Basic on it is unchanged. Each refusal is a 403 problem, an access-denial entry,
 * and changes nothing.
 */
@RunningApp
class ApiIntentTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    AuditFixture audit;
    @LocalServerPort
    int port;

    @Test
    void aPageSessionMovesAComplaintOnlyWithTheClientHeaderOrThePagesToken() {
        String complaint = receiveComplaint();
        Cookies page = signInOnTheForm(DSL_A);
        String ack = "/api/complaints/" + complaint + "/acknowledgement";

        // the attack of the issue: the page's cookie, no body, nothing else
        long received = cases.storedVersion(complaint);
        long denials = audit.auditCount("kind = 'ACCESS_DENIED' AND actor = ? AND what = ?", DSL_A, "POST " + ack);
        JsonNode refused = assertProblem(page.post(ack, null), 403);
        assertThat(refused.path("detail").asText()).contains("X-Tidemark-Client");
        assertThat(stage(complaint)).as("nothing changed").isEqualTo("RECEIVED");
        assertThat(cases.storedVersion(complaint)).isEqualTo(received);
        assertThat(audit.auditCount("kind = 'ACCESS_DENIED' AND actor = ? AND what = ?", DSL_A, "POST " + ack))
                .isEqualTo(denials + 1);

        // a token that is not the session's is no proof either
        assertProblem(page.post(ack, null, "X-CSRF-TOKEN", "not-the-token"), 403);
        assertThat(cases.storedVersion(complaint)).isEqualTo(received);

        // with the pages' own token, it works
        assertThat(page.post(ack, null, "X-CSRF-TOKEN", page.csrfOf("/")).statusCode()).isEqualTo(204);
        assertThat(cases.storedVersion(complaint)).isGreaterThan(received);

        // and with the client header
        String another = receiveComplaint();
        long anotherReceived = cases.storedVersion(another);
        assertThat(page.post("/api/complaints/" + another + "/acknowledgement", null, "X-Tidemark-Client", "a-script")
                .statusCode()).isEqualTo(204);
        assertThat(cases.storedVersion(another)).isGreaterThan(anotherReceived);
    }

    @Test
    void aProgrammaticClientRidingTheCookieSendsTheClientHeader() {
        Cookies api = new Cookies();
        assertThat(api.send("GET", "/api/me", null, "Authorization", basic(DSL_A)).statusCode()).isEqualTo(200);
        long events = cases.storedEventCount();

        assertProblem(api.post("/api/incidents", write(caseBody())), 403);
        assertThat(cases.storedEventCount()).isEqualTo(events);

        HttpResponse<String> logged = api.post("/api/incidents", write(caseBody()), "X-Tidemark-Client", "mis-sync");
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        // reads need nothing more
        assertThat(api.send("GET", "/api/incidents", null).statusCode()).isEqualTo(200);
    }

    @Test
    void basicOnTheRequestNeedsNothingMoreAndNoCredentialsIsStill401() {
        assertThat(api.post(DSL_A, "/api/incidents", caseBody()).status()).isEqualTo(201);
        assertThat(api.send(DSL_A, "POST", "/api/complaints/" + receiveComplaint() + "/acknowledgement", null, null, null)
                .status()).isEqualTo(204);
        ApiClient.assertProblem(api.post(null, "/api/incidents", caseBody()), 401);
    }

    @Test
    void aWriteABrowserSaysCameFromAnotherSiteIsRefusedWhateverItsCredentials() {
        String complaint = receiveComplaint();
        long received = cases.storedVersion(complaint);
        String ack = "/api/complaints/" + complaint + "/acknowledgement";
        Cookies page = signInOnTheForm(DSL_A);
        String csrf = page.csrfOf("/");

        JsonNode origin = assertProblem(page.post(ack, null, "X-Tidemark-Client", "x", "X-CSRF-TOKEN", csrf,
                "Origin", "http://evil.example"), 403);
        assertThat(origin.path("detail").asText()).isEqualTo("A request from another site may not change anything here.");
        assertProblem(page.post(ack, null, "X-Tidemark-Client", "x", "Sec-Fetch-Site", "cross-site"), 403);
        assertProblem(page.post(ack, null, "X-Tidemark-Client", "x", "Sec-Fetch-Site", "same-site"), 403);
        // a browser remembers Basic credentials and sends them with another site's form too
        assertProblem(new Cookies().post(ack, null, "Authorization", basic(DSL_A), "Origin", "http://evil.example"),
                403);
        assertThat(cases.storedVersion(complaint)).as("nothing changed").isEqualTo(received);

        // Tidemark's own origin, or a request the user made by hand, is fine
        assertThat(page.post(ack, null, "X-Tidemark-Client", "x", "Origin", "http://localhost:" + port,
                "Sec-Fetch-Site", "same-origin").statusCode()).isEqualTo(204);
        assertThat(cases.storedVersion(complaint)).isGreaterThan(received);
    }

    // ---- helpers ----

    private String receiveComplaint() {
        Reply received = api.post(DSL_A, "/api/complaints", Map.of("channel", "EMAIL", "complainant", "A Parent",
                "summary", "A post about the school's trip."));
        assertThat(received.status()).as("%s", received).isEqualTo(201);
        return received.json().path("id").asText();
    }

    private String stage(String complaint) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Reply reply;
        do {
            reply = api.get(DSL_A, "/api/complaints/" + complaint);
            if (reply.status() == 200) {
                return reply.json().path("stage").asText();
            }
            sleep(50);
        } while (System.nanoTime() < until);
        throw new AssertionError("complaint not readable: " + reply);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private Cookies signInOnTheForm(String user) {
        Cookies browser = new Cookies();
        String body = "username=" + user + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(browser.csrfOf("/login"), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send("POST", "/login", body,
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(URI.create(signedIn.headers().firstValue("Location").orElse("")).getPath()).isEqualTo("/");
        return browser;
    }

    /** A cookie jar over HTTP, redirects not followed: a browser's session, or an API client's. */
    private final class Cookies {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> post(String path, String json, String... headers) {
            String[] all = new String[headers.length + (json == null ? 0 : 2)];
            System.arraycopy(headers, 0, all, 0, headers.length);
            if (json != null) {
                all[headers.length] = "Content-Type";
                all[headers.length + 1] = "application/json";
            }
            return send("POST", path, json, all);
        }

        String csrfOf(String page) {
            Matcher m = CSRF.matcher(send("GET", page, null).body());
            assertThat(m.find()).as("a CSRF token on " + page).isTrue();
            return m.group(1);
        }

        HttpResponse<String> send(String method, String path, String body, String... headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json, text/html")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status) {
        return ApiClient.assertProblem(new Reply(response.statusCode(), response), status);
    }
}
