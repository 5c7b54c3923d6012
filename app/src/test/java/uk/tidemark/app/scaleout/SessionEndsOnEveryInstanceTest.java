package uk.tidemark.app.scaleout;

import org.junit.jupiter.api.Test;
import uk.tidemark.app.support.ApiClient;
import uk.tidemark.app.support.TidemarkProcess;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 item 1 with sessions on several instances (decision 0024): two Tidemark processes on one PostgreSQL and
 * one Mongo server, as behind a proxy. A user's API session and page session live on instance B; an administrator
 * disables the user through instance A; B refuses both sessions on their very next request (401, and the sign-in
 * page with the reason), because the account's version lives in the shared store, not in either instance.
 * Enabled again through A, the user signs in on B afresh.
 */
class SessionEndsOnEveryInstanceTest {

    private static final String USER = "dsl";
    private static final String ADMIN = "admin";
    private static final String PASSWORD = "two instances, one account";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** Under target/, not a temporary directory: the two instances' logs are kept for a failed run. */
    private final Path work = Path.of("target", "test-data", "session-end-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    void anAccountDisabledThroughOneInstanceLosesItsSessionsOnTheOther() throws Exception {
        try (SharedStores stores = SharedStores.start()) {
            stores.seedDsl(USER, PASSWORD);
            stores.seedAdmin(ADMIN, PASSWORD);
            List<String> args = new ArrayList<>(stores.instanceArguments());
            try (TidemarkProcess a = TidemarkProcess.start(dir("a"), work.resolve("a.log"), args.toArray(String[]::new));
                 TidemarkProcess b = TidemarkProcess.start(dir("b"), work.resolve("b.log"), args.toArray(String[]::new))) {
                a.awaitHealthy(Duration.ofMinutes(10)); // generous: two JVMs start at once on a shared machine
                b.awaitHealthy(Duration.ofMinutes(10));

                ApiClient apiOnB = new ApiClient(b.baseUrl(), USER, PASSWORD);
                assertThat(apiOnB.get("/api/incidents").statusCode()).isEqualTo(200);
                HttpClient pageOnB = signedInPage(b.baseUrl());
                assertThat(page(pageOnB, b.baseUrl(), "/").statusCode()).isEqualTo(200);

                ApiClient adminOnA = new ApiClient(a.baseUrl(), ADMIN, PASSWORD);
                assertThat(adminOnA.post("/api/admin/users/" + USER + "/enabled", "{\"enabled\":false}").statusCode())
                        .isEqualTo(200);

                HttpResponse<String> api = apiOnB.get("/api/incidents");
                assertThat(api.statusCode()).as("B's API session, on its very next request").isEqualTo(401);
                assertThat(api.body()).contains("disabled");
                HttpResponse<String> next = page(pageOnB, b.baseUrl(), "/cases");
                assertThat(next.statusCode()).as("B's page session").isEqualTo(302);
                assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login?ended=disabled");
                assertThat(sessionEnds(stores)).containsExactlyInAnyOrder("ACCOUNT_DISABLED API",
                        "ACCOUNT_DISABLED PAGE");

                assertThat(adminOnA.post("/api/admin/users/" + USER + "/enabled", "{\"enabled\":true}").statusCode())
                        .isEqualTo(200);
                assertThat(new ApiClient(b.baseUrl(), USER, PASSWORD).get("/api/incidents").statusCode())
                        .as("signed in again on B").isEqualTo(200);
                assertThat(apiOnB.get("/api/incidents").statusCode()).as("the ended session stays ended")
                        .isEqualTo(401);
            }
        }
    }

    private Path dir(String name) throws Exception {
        return Files.createDirectories(work.resolve(name));
    }

    /** A browser's session on the instance: the sign-in form, with its CSRF token, redirects not followed. */
    private static HttpClient signedInPage(String base) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        Matcher csrf = CSRF.matcher(page(browser, base, "/login").body());
        assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();
        String form = "username=" + enc(USER) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).as("signed in on the form").endsWith("/");
        return browser;
    }

    private static HttpResponse<String> page(HttpClient browser, String base, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** "REASON CHANNEL" of the user's SESSION_ENDED entries in the shared audit trail. */
    private static List<String> sessionEnds(SharedStores stores) throws Exception {
        List<String> ends = new ArrayList<>();
        try (Connection c = stores.sql(); PreparedStatement ps = c.prepareStatement("SELECT details FROM "
                + "tidemark_audit_entry WHERE kind = 'SESSION_ENDED' AND actor = ? ORDER BY pos")) {
            ps.setString(1, USER);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String details = rs.getString(1);
                    ends.add(details.replaceAll(".*\"reason\":\"([A-Z_]+)\".*", "$1") + " "
                            + details.replaceAll(".*\"channel\":\"([A-Z]+)\".*", "$1"));
                }
            }
        }
        return ends;
    }
}
