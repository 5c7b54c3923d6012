package uk.tidemark.app.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.RunningApp;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/** A browser's way in: the sign-in form (with its CSRF token), the page it lands on, and signing out. */
@RunningApp
class SignInPageTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void signingInWithTheFormLandsOnAPageNamingTheUserAndSigningOutEndsTheSession() throws Exception {
        HttpResponse<String> signedIn = submit("/login", csrfOf("/login"), "username=" + DSL_A + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.uri().getPath()).isEqualTo("/");
        assertThat(signedIn.body()).contains("Signed in as", "Dee Ess").contains("Sign out");

        HttpResponse<String> api = get("/api/me");
        assertThat(api.statusCode()).as("the signed-in session reaches the API").isEqualTo(200);
        assertThat(api.body()).contains("\"username\":\"" + DSL_A + "\"");

        HttpResponse<String> signedOut = submit("/logout", csrfOf("/"), "");
        assertThat(signedOut.uri().getPath()).isEqualTo("/login");
        assertThat(get("/").uri().getPath()).as("after signing out the home page asks to sign in again")
                .isEqualTo("/login");
    }

    @Test
    void aWrongPasswordStaysOnTheSignInPage() throws Exception {
        HttpResponse<String> refused = submit("/login", csrfOf("/login"), "username=" + DSL_A + "&password=wrong");
        assertThat(refused.uri().toString()).contains("/login?error");
        assertThat(get("/").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void theFormRefusesAPostWithoutItsCsrfToken() throws Exception {
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + DSL_A + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    private String csrfOf(String path) throws Exception {
        Matcher m = CSRF.matcher(get(path).body());
        assertThat(m.find()).as("a CSRF token on " + path).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> submit(String path, String csrf, String form) throws Exception {
        String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
