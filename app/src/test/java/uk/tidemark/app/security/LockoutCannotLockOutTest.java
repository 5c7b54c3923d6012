package uk.tidemark.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.security.totp.SecondFactorStore;
import uk.tidemark.app.security.totp.Totp;
import uk.tidemark.app.web.Browser;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.JSON;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Lock-out cannot be used to lock someone out (issue 12 item 7, decision 0025): wrong passwords from anywhere
 * still lock an account's password, but the right password with the right second-factor code signs in through
 * that lock, on the API and on the form; and failed sign-ins are limited per client address, so that a flood
 * from one address is refused there while another address signs in.
 *
 * <p>The client address is varied with {@code X-Forwarded-For}: the test's connections come from loopback, which
 * Tomcat trusts as a proxy by default ({@code server.forward-headers-strategy=native}). Each test uses addresses
 * of its own, so that the address limit of one does not refuse another's sign-ins.
 */
@RunningApp
@TestPropertySource(properties = {"tidemark.security.totp.required-roles=DSL, DEPUTY_DSL, HR, HEADTEACHER, ADMIN",
        "tidemark.security.lockout.max-failures=3", "tidemark.security.lockout.first-lock=10m",
        "tidemark.security.address-limit.failures=6", "tidemark.security.address-limit.period=1h"})
class LockoutCannotLockOutTest {

    private static final String FORWARDED = "X-Forwarded-For";
    private static final String TOTP = "X-Tidemark-Totp";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecondFactorStore secrets;

    @Test
    void aLockedOutAccountStillSignsInToTheApiWithItsPasswordAndCode() {
        byte[] key = enrol(DSL_A);
        Browser attacker = from("192.0.2.11");
        HttpResponse<String> wrong = null;
        for (int i = 0; i < 3; i++) {
            wrong = attacker.getWithBasic("/api/me", DSL_A, "a guess " + i);
            assertThat(wrong.statusCode()).isEqualTo(401);
        }
        assertThat(lockedUntil(DSL_A, "locked_until_ms")).as("the password is locked").isGreaterThan(now());

        Browser owner = from("198.51.100.11");
        HttpResponse<String> alone = owner.getWithBasic("/api/me", DSL_A, PASSWORD);
        assertThat(alone.statusCode()).isEqualTo(401);
        assertThat(alone.body()).as("the right password alone: as a wrong one, the lock tells nothing")
                .isEqualTo(wrong.body());
        HttpResponse<String> wrongCode = owner.getWithBasic("/api/me", DSL_A, PASSWORD, TOTP, wrongCode(key));
        assertThat(wrongCode.statusCode()).isEqualTo(401);
        assertThat(wrongCode.body()).as("the right password with a wrong code: the same").isEqualTo(wrong.body());

        HttpResponse<String> both = owner.getWithBasic("/api/me", DSL_A, PASSWORD, TOTP, Totp.code(key, step()));
        assertThat(both.statusCode()).as("the right password and the right code: %s", both.body()).isEqualTo(200);
        assertThat(both.body()).contains("\"username\":\"" + DSL_A + "\"");
        assertThat(owner.get("/api/me").statusCode()).as("then the session carries it").isEqualTo(200);
        assertThat(jdbc.queryForMap("SELECT failed_sign_ins, locked_until_ms, failed_codes FROM tidemark_user "
                + "WHERE username = ?", DSL_A)).as("and the guesser starts again from nothing")
                .containsEntry("FAILED_SIGN_INS", 0).containsEntry("LOCKED_UNTIL_MS", null)
                .containsEntry("FAILED_CODES", 0);
    }

    @Test
    void aLockedOutAccountStillSignsInThroughTheFormWithItsPasswordAndCode() {
        byte[] key = enrol(HEAD_A);
        Browser attacker = from("192.0.2.12");
        for (int i = 0; i < 3; i++) {
            assertThat(Browser.location(attacker.signIn(HEAD_A, "a guess " + i))).isEqualTo("/login?error");
        }
        assertThat(lockedUntil(HEAD_A, "locked_until_ms")).isGreaterThan(now());

        Browser owner = from("198.51.100.12");
        assertThat(Browser.location(owner.signIn(HEAD_A, PASSWORD))).as("the password alone, while it is locked")
                .isEqualTo("/login?error");
        String page = owner.get("/login?error").body();
        assertThat(page).as("the page offers the code with the password, to everyone")
                .contains("I have a code from my authenticator app").contains("name=\"code\"");

        HttpResponse<String> both = owner.signIn(HEAD_A, PASSWORD, Totp.code(key, step()));
        assertThat(Browser.location(both)).as("signed in at once, without the code page").isEqualTo("/");
        assertThat(owner.get("/").body()).contains("Signed in as");
        assertThat(owner.get("/api/me").statusCode()).isEqualTo(200);
    }

    @Test
    void aPendingCodeStepIsNotStoppedByAPasswordLockMadeMeanwhile() {
        byte[] key = enrol(DEPUTY_A);
        Browser owner = from("198.51.100.13");
        assertThat(Browser.location(owner.signIn(DEPUTY_A, PASSWORD))).isEqualTo("/login/second-factor");
        Browser attacker = from("192.0.2.13");
        for (int i = 0; i < 3; i++) {
            attacker.getWithBasic("/api/me", DEPUTY_A, "a guess " + i);
        }
        assertThat(lockedUntil(DEPUTY_A, "locked_until_ms")).isGreaterThan(now());
        String codePage = owner.get("/login/second-factor").body();
        HttpResponse<String> done = owner.post("/login/second-factor", Map.of("code", Totp.code(key, step())),
                csrf(codePage));
        assertThat(Browser.location(done)).isEqualTo("/");
        assertThat(owner.get("/api/me").statusCode()).isEqualTo(200);
    }

    @Test
    void wrongCodesLockTheSecondFactorAgainstEvenTheRightCode() {
        byte[] key = enrol(HR);
        Browser guesser = from("192.0.2.14");
        for (int i = 0; i < 3; i++) {
            assertThat(guesser.getWithBasic("/api/me", HR, PASSWORD, TOTP, wrongCode(key)).statusCode())
                    .isEqualTo(401);
        }
        assertThat(lockedUntil(HR, "codes_locked_until_ms")).as("the second factor is locked").isGreaterThan(now());
        assertThat(lockedUntil(HR, "locked_until_ms")).as("not the password: it was right").isNull();
        HttpResponse<String> right = from("198.51.100.14").getWithBasic("/api/me", HR, PASSWORD, TOTP,
                Totp.code(key, step()));
        assertThat(right.statusCode()).as("only someone with the password can make this lock; it holds")
                .isEqualTo(401);
    }

    @Test
    void anAccountWithoutASecondFactorIsStillLockedByWrongPasswords() {
        Browser attacker = from("192.0.2.15");
        HttpResponse<String> wrong = null;
        for (int i = 0; i < 3; i++) {
            wrong = attacker.getWithBasic("/api/me", STAFF_A, "a guess " + i);
        }
        assertThat(lockedUntil(STAFF_A, "locked_until_ms")).isGreaterThan(now());
        Browser owner = from("198.51.100.15");
        HttpResponse<String> right = owner.getWithBasic("/api/me", STAFF_A, PASSWORD);
        assertThat(right.statusCode()).isEqualTo(401);
        assertThat(right.body()).isEqualTo(wrong.body());
        assertThat(owner.getWithBasic("/api/me", STAFF_A, PASSWORD, TOTP, "123456").statusCode())
                .as("a code means nothing to an account without a second factor").isEqualTo(401);
        assertThat(Browser.location(owner.signIn(STAFF_A, PASSWORD))).isEqualTo("/login?error");
    }

    @Test
    void aFloodOfFailuresFromOneAddressIsRefusedThereWhileAnotherAddressSignsIn() throws IOException {
        byte[] key = enrol(DSL_B);
        Browser flood = from("203.0.113.50");
        for (int i = 0; i < 6; i++) {
            assertThat(flood.getWithBasic("/api/me", "nobody-" + i, "a guess " + i).statusCode()).isEqualTo(401);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_sign_in_bucket WHERE bucket_key = ?",
                Long.class, "address:203.0.113.50")).as("the count is in the shared store").isEqualTo(1L);

        HttpResponse<String> refused = flood.getWithBasic("/api/me", TRUSTEE, PASSWORD);
        assertThat(refused.statusCode()).as("even the right password, from that address").isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("detail").asText()).contains("Too many failed sign-ins from your network");
        assertThat(problem.path("type").asText()).isEqualTo("about:blank");
        assertThat(problem.has("instance")).as("a refusal of the filter chain echoes no address").isFalse();
        HttpResponse<String> nobody = flood.getWithBasic("/api/me", "nobody-at-all", "x");
        assertThat(nobody.statusCode()).as("whoever is named").isEqualTo(429);
        assertThat(JSON.readTree(nobody.body()).path("detail").asText()).startsWith("Too many failed sign-ins");
        assertThat(Browser.location(flood.signIn(TRUSTEE, PASSWORD))).isEqualTo("/login?throttled");
        assertThat(flood.get("/login?throttled").body()).contains("too many failed sign-ins from your network");

        Browser elsewhere = from("198.51.100.16");
        assertThat(elsewhere.getWithBasic("/api/me", TRUSTEE, PASSWORD).statusCode()).as("another address")
                .isEqualTo(200);
        assertThat(Browser.location(from("198.51.100.17").signIn(TRUSTEE, PASSWORD))).isEqualTo("/");

        assertThat(flood.getWithBasic("/api/me", DSL_B, PASSWORD, TOTP, Totp.code(key, step())).statusCode())
                .as("the right password and code get through a limited address").isEqualTo(200);
        HttpResponse<String> wrongCode = from("203.0.113.50").getWithBasic("/api/me", DSL_B, PASSWORD, TOTP,
                wrongCode(key));
        assertThat(wrongCode.statusCode()).as("anything less is the address's refusal").isEqualTo(429);
    }

    // ---- helpers ----

    /** A client whose requests reach Tomcat through a trusted proxy, from {@code address}. */
    private Browser from(String address) {
        return new Browser("http://127.0.0.1:" + port, FORWARDED, address);
    }

    /** Enrols the account with a code of the step before this one, so that this step's and the next are unused. */
    private byte[] enrol(String username) {
        byte[] key = Totp.newSecret();
        Instant now = Instant.now();
        assertThat(secrets.enrol(username, key, Totp.code(key, Totp.stepAt(now) - 1), now)).isTrue();
        return key;
    }

    /** A six-digit code that is none of those accepted around now. */
    private static String wrongCode(byte[] key) {
        long step = step();
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

    private static long step() {
        return Totp.stepAt(Instant.now());
    }

    private static long now() {
        return Instant.now().toEpochMilli();
    }

    private Long lockedUntil(String username, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM tidemark_user WHERE username = ?", Long.class, username);
    }

    private static String csrf(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
