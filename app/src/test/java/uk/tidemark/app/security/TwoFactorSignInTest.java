package uk.tidemark.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.security.totp.Base32;
import uk.tidemark.app.security.totp.SecondFactorStore;
import uk.tidemark.app.security.totp.Totp;
import uk.tidemark.app.web.Browser;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.JSON;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * TOTP two-factor sign-in for the roles that need it: setting it up at the first form sign-in, the code page at
 * every later one, and the code in the X-Tidemark-Totp header for the API's HTTP Basic.
 */
@RunningApp
@TestPropertySource(properties = "tidemark.security.totp.required-roles=DSL, DEPUTY_DSL, HR, HEADTEACHER, ADMIN")
public class TwoFactorSignInTest {

    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern OTPAUTH = Pattern.compile("href=\"(otpauth://[^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecondFactorStore secrets;
    @Autowired
    org.springframework.core.env.Environment environment;

    @Test
    void theFirstFormSignInSetsUpTheSecondFactorAndEveryLaterOneAsksForACode() throws Exception {
        Browser browser = browser();
        browser.get("/login");
        String anonymousSession = browser.sessionId();
        HttpResponse<String> password = browser.signIn(DSL_A, PASSWORD);
        assertThat(password.statusCode()).isEqualTo(302);
        assertThat(Browser.location(password)).isEqualTo("/login/second-factor");
        String halfwaySession = browser.sessionId();
        assertThat(halfwaySession).as("a new session at the password").isNotEqualTo(anonymousSession);

        // halfway, the password alone opens nothing
        assertThat(Browser.location(browser.get("/"))).isEqualTo("/login");
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);

        HttpResponse<String> setUp = browser.get("/login/second-factor");
        assertThat(setUp.statusCode()).isEqualTo(200);
        assertThat(setUp.body()).contains("Set up two-factor sign-in");
        String secret = match(SECRET, setUp.body()).replace(" ", "");
        assertThat(Base32.decode(secret)).hasSize(20);
        assertThat(match(OTPAUTH, setUp.body()).replace("&amp;", "&")).isEqualTo("otpauth://totp/Tidemark:" + DSL_A
                + "?secret=" + secret + "&issuer=Tidemark&algorithm=SHA1&digits=6&period=30");
        assertThat(match(SECRET, browser.get("/login/second-factor").body()).replace(" ", ""))
                .as("the same secret when the page is shown again").isEqualTo(secret);

        byte[] key = Base32.decode(secret);
        long step = Totp.stepAt(Instant.now());
        HttpResponse<String> wrong = sendCode(browser, wrongCode(key, step));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("That code was not right").contains("Set up two-factor sign-in");
        assertThat(secrets.enrolled(DSL_A)).as("a wrong code confirms nothing").isFalse();

        HttpResponse<String> confirmed = sendCode(browser, Totp.code(key, step));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        // signed in; the recovery codes are shown first (decision 0031), and their page goes on to where the browser
        // was going halfway: home
        assertThat(Browser.location(confirmed)).isEqualTo("/account/recovery-codes/new");
        assertThat(browser.get("/account/recovery-codes/new").body()).contains("Your recovery codes")
                .contains("href=\"/?continue\"");
        assertThat(browser.sessionId()).as("a new session id once signed in").isNotEqualTo(halfwaySession);
        assertThat(browser.get("/").body()).contains("Signed in as");
        assertThat(browser.get("/api/me").body()).contains("\"username\":\"" + DSL_A + "\"");

        // the secret is stored encrypted, under a key kept in the data directory for its owner only
        String stored = jdbc.queryForObject("SELECT secret FROM tidemark_totp WHERE username = ?", String.class, DSL_A);
        assertThat(stored).startsWith("v1:").doesNotContain(secret).doesNotContain(secret.toLowerCase());
        Path keyFile = Path.of(environment.getProperty("tidemark.data-dir-absolute"), "totp-key");
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        // the next sign-in: the code page, no secret shown; the code already used is refused, the next one works
        Browser later = browser();
        assertThat(Browser.location(later.signIn(DSL_A, PASSWORD))).isEqualTo("/login/second-factor");
        HttpResponse<String> codePage = later.get("/login/second-factor");
        assertThat(codePage.body()).contains("Enter your sign-in code").doesNotContain("otpauth").doesNotContain(secret);
        assertThat(sendCode(later, Totp.code(key, step)).body()).as("a code is accepted once")
                .contains("That code was not right");
        HttpResponse<String> next = sendCode(later, Totp.code(key, step + 1));
        assertThat(Browser.location(next)).isEqualTo("/");
        assertThat(later.get("/api/me").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiWantsTheCodeInTheTotpHeaderBesideTheBasicCredentials() {
        byte[] key = enrol(DEPUTY_A);
        long step = Totp.stepAt(Instant.now());

        Browser client = browser();
        HttpResponse<String> missing = client.getWithBasic("/api/me", DEPUTY_A, PASSWORD);
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Tidemark\"");
        assertThat(detail(missing)).contains("X-Tidemark-Totp");

        HttpResponse<String> wrong = client.getWithBasic("/api/me", DEPUTY_A, PASSWORD,
                "X-Tidemark-Totp", wrongCode(key, step));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(client.get("/api/me").statusCode()).isEqualTo(401);

        HttpResponse<String> right = client.getWithBasic("/api/me", DEPUTY_A, PASSWORD,
                "X-Tidemark-Totp", Totp.code(key, step + 1));
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(client.get("/api/me").statusCode()).as("then the session cookie carries the sign-in")
                .isEqualTo(200);

        HttpResponse<String> replayed = browser().getWithBasic("/api/me", DEPUTY_A, PASSWORD,
                "X-Tidemark-Totp", Totp.code(key, step + 1));
        assertThat(replayed.statusCode()).as("the same code a second time").isEqualTo(401);

        HttpResponse<String> wrongPassword = browser().getWithBasic("/api/me", DEPUTY_A, "not the password",
                "X-Tidemark-Totp", Totp.code(key, step));
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(detail(wrongPassword)).as("a wrong password says nothing of codes").isEqualTo("Sign in to use the API.");
    }

    @Test
    void anApiUserWhoHasNotSetUpTheSecondFactorIsSentToTheWebFirst() {
        HttpResponse<String> refused = browser().getWithBasic("/api/me", HR, PASSWORD, "X-Tidemark-Totp", "123456");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(detail(refused)).contains("sign in once on the web sign-in page");
    }

    @Test
    void rolesThatDoNotNeedASecondFactorSignInWithThePasswordAlone() {
        assertThat(browser().getWithBasic("/api/me", STAFF_A, PASSWORD).statusCode()).isEqualTo(200);
        Browser browser = browser();
        assertThat(Browser.location(browser.signIn(STAFF_A, PASSWORD))).isEqualTo("/");
        assertThat(browser.get("/").body()).contains("Signed in as");
    }

    @Test
    void wrongCodesLockTheAccountAndThenTheRightPasswordIsRefusedLikeAWrongOne() {
        Browser browser = browser();
        browser.signIn(HEAD_A, PASSWORD);
        String firstPage = browser.get("/login/second-factor").body();
        byte[] key = Base32.decode(match(SECRET, firstPage).replace(" ", ""));
        HttpResponse<String> last = null;
        for (int i = 0; i < 5; i++) {
            last = sendCode(browser, wrongCode(key, Totp.stepAt(Instant.now())));
        }
        assertThat(last.statusCode()).isEqualTo(302);
        assertThat(Browser.location(last)).as("locked: back to the sign-in page's error").isEqualTo("/login?error");
        assertThat(Browser.location(browser.get("/login/second-factor"))).isEqualTo("/login");

        Browser again = browser();
        assertThat(Browser.location(again.signIn(HEAD_A, PASSWORD))).as("the right password while locked")
                .isEqualTo("/login?error");
        assertThat(Browser.location(browser().signIn(HEAD_A, "a wrong password"))).isEqualTo("/login?error");
    }

    @Test
    void theFormCodePageIsNothingWithoutAPasswordFirst() {
        Browser stranger = browser();
        assertThat(Browser.location(stranger.get("/login/second-factor"))).isEqualTo("/login");
        String csrf = stranger.csrfOf("/login");
        assertThat(Browser.location(stranger.post("/login/second-factor", Map.of("code", "123456"), csrf)))
                .isEqualTo("/login");
        assertThat(stranger.post("/login/second-factor", Map.of("code", "123456"), null).statusCode())
                .as("and it is CSRF-protected").isEqualTo(403);
    }

    @Test
    void anAdministratorResetsALostSecondFactor() {
        byte[] adminKey = enrol(ADMIN);
        enrol(DSL_B);
        Browser admin = browser();
        assertThat(admin.getWithBasic("/api/me", ADMIN, PASSWORD, "X-Tidemark-Totp",
                Totp.code(adminKey, Totp.stepAt(Instant.now()) + 1)).statusCode()).isEqualTo(200);
        assertThat(admin.delete("/api/admin/users/" + DSL_B + "/second-factor").statusCode()).isEqualTo(204);
        assertThat(secrets.enrolled(DSL_B)).isFalse();
        HttpResponse<String> unknown = admin.delete("/api/admin/users/nobody-here/second-factor");
        assertThat(unknown.statusCode()).isEqualTo(404);

        Browser user = browser();
        user.signIn(DSL_B, PASSWORD);
        assertThat(user.get("/login/second-factor").body()).as("set up again").contains("Set up two-factor sign-in");
    }

    // ---- helpers ----

    private Browser browser() {
        return new Browser("http://127.0.0.1:" + port);
    }

    /** Enrols the account directly, as its first form sign-in would, and answers the secret. */
    private byte[] enrol(String username) {
        byte[] key = Totp.newSecret();
        Instant now = Instant.now();
        assertThat(secrets.enrol(username, key, Totp.code(key, Totp.stepAt(now)), now)).isTrue();
        return key;
    }

    private static HttpResponse<String> sendCode(Browser browser, String code) {
        String page = browser.get("/login/second-factor").body();
        return browser.post("/login/second-factor", Map.of("code", code), match(CSRF, page));
    }

    /** A six-digit code that is none of the three accepted around {@code step}. */
    private static String wrongCode(byte[] key, long step) {
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            boolean accepted = false;
            for (long s = step - 2; s <= step + 2; s++) {
                accepted |= Totp.code(key, s).equals(code);
            }
            if (!accepted) {
                return code;
            }
        }
    }

    private static String detail(HttpResponse<String> response) {
        try {
            JsonNode problem = JSON.readTree(response.body());
            return problem.path("detail").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError("not a problem: " + response.body(), e);
        }
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in %s", pattern, text).isTrue();
        return m.group(1);
    }
}
