package uk.tidemark.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.security.totp.Base32;
import uk.tidemark.app.security.totp.QrImages;
import uk.tidemark.app.security.totp.Totp;
import uk.tidemark.app.web.Browser;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.JSON;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Decision 0031 over real HTTP: the set-up page's QR code, read back by an SVG renderer and a QR decoder, is the
 * otpauth:// address of the key shown as text; ten recovery codes, shown once, kept as hashes; a code signs in once
 * and never again, also when two sign-ins send it at the same moment; the page after says how many are left and
 * urges new ones when few are; new codes stop the old; an administrator's reset removes them; wrong ones lock as
 * wrong authenticator codes do; the API does not take them; and every use is in the audit trail.
 */
@RunningApp
@TestPropertySource(properties = "tidemark.security.totp.required-roles=DSL, DEPUTY_DSL, HR, HEADTEACHER, ADMIN")
class RecoveryCodesTest {

    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern QR = Pattern.compile("(<svg[^>]*class=\"tidemark-qr\".*?</svg>)", Pattern.DOTALL);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("<code>([0-9a-z]{5}-[0-9a-z]{5})</code>");

    @LocalServerPort
    int port;
    @Autowired
    AccountStore accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    /** An account after its first sign-in: its authenticator key and the recovery codes it was shown. */
    private record SetUp(byte[] key, List<String> codes) {
    }

    @Test
    void theSetUpPagesQrCodeReadsAsTheOtpauthAddressOfTheKeyBesideIt() throws Exception {
        Browser browser = browser();
        browser.signIn(DSL_B, PASSWORD);
        String page = browser.get("/login/second-factor").body();
        String key = match(SECRET, page).replace(" ", "");
        String svg = match(QR, page);

        String decoded = QrImages.decoded(QrImages.rendered(svg, 400f));
        assertThat(decoded).isEqualTo("otpauth://totp/Tidemark:" + DSL_B + "?secret=" + key
                + "&issuer=Tidemark&algorithm=SHA1&digits=6&period=30");
        assertThat(Base32.decode(key)).hasSize(20);
        // an image with a name for screen readers, drawn in the page: nothing fetched, nothing scripted
        assertThat(svg).contains("role=\"img\"", "aria-labelledby=\"qr-code-title\"",
                "<title id=\"qr-code-title\">QR code to scan with your authenticator app")
                .doesNotContain("<script", "href", "<image");
        assertThat(page).as("the key stays on the page for whoever cannot scan").contains("Setup key (time based)");
        assertThat(QrImages.decoded(QrImages.rendered(match(QR, browser.get("/login/second-factor").body()), 400f)))
                .as("the same code on every showing of the set-up").isEqualTo(decoded);
    }

    @Test
    void confirmingTheFirstCodeShowsTenRecoveryCodesOnceAndKeepsOnlyTheirHashes() {
        Browser browser = browser();
        browser.signIn(DSL_A, PASSWORD);
        String page = browser.get("/login/second-factor").body();
        byte[] key = Base32.decode(match(SECRET, page).replace(" ", ""));
        assertThat(page).as("nothing to recover with before the set-up").doesNotContain("recovery code");
        HttpResponse<String> confirmed = browser.post("/login/second-factor",
                Map.of("code", Totp.code(key, Totp.stepAt(Instant.now()))), match(CSRF, page));
        assertThat(Browser.location(confirmed)).isEqualTo("/account/recovery-codes/new");

        String shown = browser.get("/account/recovery-codes/new").body();
        assertThat(shown).contains("Your recovery codes", "Store these codes safely now. You will not be shown them again.");
        List<String> codes = all(CODE, shown);
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(browser.get("/account/recovery-codes/new").body()).as("shown once")
                .contains("New recovery codes are shown once, and Tidemark does not keep them.")
                .doesNotContain(codes.get(0));
        assertThat(browser.get("/account/recovery-codes").body()).contains("You have 10 of 10 recovery codes left.")
                .doesNotContain(codes.get(0));

        List<String> hashes = jdbc.queryForList("SELECT code_hash FROM tidemark_recovery_code WHERE username = ?",
                String.class, DSL_A);
        assertThat(hashes).hasSize(10).allSatisfy(hash -> {
            assertThat(hash).startsWith("$2"); // BCrypt, salted and slow
            codes.forEach(code -> assertThat(hash).doesNotContain(code.replace("-", "")));
        });
        assertThat(auditOf(DSL_A, "RECOVERY_CODES_MADE")).singleElement()
                .satisfies(details -> assertThat(details.path("reason").asText()).isEqualTo("SET_UP"))
                .satisfies(details -> assertThat(details.path("codes").asInt()).isEqualTo(10));
    }

    @Test
    void aRecoveryCodeSignsInOnceAndNeverAgainAndItsUseIsAudited() {
        SetUp account = setUp(HR);
        String code = account.codes().get(3);

        Browser browser = browser();
        browser.signIn(HR, PASSWORD);
        HttpResponse<String> used = sendRecoveryCode(browser, code.toUpperCase().replace("-", " "));
        assertThat(Browser.location(used)).isEqualTo("/account/recovery-codes");
        String after = browser.get("/account/recovery-codes").body();
        assertThat(after).contains("You signed in with a recovery code. It will not work again.",
                "You have 9 recovery codes left.").doesNotContain("Make new ones now");
        assertThat(after).as("the way on").contains("href=\"/\"");
        assertThat(browser.get("/api/me").statusCode()).as("signed in").isEqualTo(200);
        assertThat(browser.get("/account/recovery-codes").body()).as("said once")
                .doesNotContain("You signed in with a recovery code").contains("You have 9 of 10 recovery codes left.");

        Browser again = browser();
        again.signIn(HR, PASSWORD);
        HttpResponse<String> refused = sendRecoveryCode(again, code);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("That recovery code was not right, or it has been used already");
        assertThat(again.get("/api/me").statusCode()).isEqualTo(401);

        // audited: the use (with how many are left), the sign-in, and the refused second try
        assertThat(auditOf(HR, "RECOVERY_CODE_USED")).singleElement()
                .satisfies(details -> assertThat(details.path("left").asInt()).isEqualTo(9));
        List<String> trail = jdbc.queryForList("SELECT kind || ' ' || what FROM tidemark_audit_entry WHERE actor = ? "
                + "ORDER BY pos", String.class, HR);
        int use = trail.indexOf("ACCOUNT RECOVERY_CODE_USED");
        assertThat(trail.get(use + 1)).as("the sign-in it made, after it: %s", trail).startsWith("SIGN_IN ");
        assertThat(trail.get(trail.size() - 1)).as("the second try: %s", trail).startsWith("SIGN_IN_FAILED ");
    }

    @Test
    void twoSignInsSendingOneCodeAtTheSameMomentSignInOnce() throws Exception {
        SetUp account = setUp(DEPUTY_A);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String code = account.codes().get(round);
                List<Browser> browsers = List.of(browser(), browser());
                List<String> tokens = new ArrayList<>();
                for (Browser b : browsers) {
                    assertThat(Browser.location(b.signIn(DEPUTY_A, PASSWORD))).isEqualTo("/login/second-factor");
                    tokens.add(match(CSRF, b.get("/login/second-factor").body()));
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    Browser b = browsers.get(i);
                    String token = tokens.get(i);
                    Callable<HttpResponse<String>> send = () -> {
                        start.await();
                        return b.post("/login/second-factor", Map.of("recoveryCode", code), token);
                    };
                    answers.add(pool.submit(send));
                }
                start.countDown();
                int signedIn = 0;
                for (int i = 0; i < 2; i++) {
                    HttpResponse<String> answer = answers.get(i).get();
                    if ("/account/recovery-codes".equals(Browser.location(answer))) {
                        signedIn++;
                        assertThat(browsers.get(i).get("/api/me").statusCode()).isEqualTo(200);
                    } else {
                        assertThat(answer.body()).contains("That recovery code was not right");
                        assertThat(browsers.get(i).get("/api/me").statusCode()).isEqualTo(401);
                    }
                }
                assertThat(signedIn).as("round %d: one sign-in of the two", round).isEqualTo(1);
                // the winner's success clears the loser's failure only if it came later: start each round afresh
                jdbc.update("UPDATE tidemark_user SET failed_codes = 0 WHERE username = ?", DEPUTY_A);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_recovery_code WHERE username = ? "
                + "AND used_at_ms IS NOT NULL", Integer.class, DEPUTY_A)).isEqualTo(3);
        assertThat(auditOf(DEPUTY_A, "RECOVERY_CODE_USED")).hasSize(3);
    }

    @Test
    void theCountLeftIsShownAndFewLeftUrgesNewCodes() {
        SetUp account = setUp(HEAD_A);
        // six used already (as if on other days): the next use leaves three
        jdbc.update("UPDATE tidemark_recovery_code SET used_at_ms = 1 WHERE username = ? AND slot <= 6", HEAD_A);
        Browser browser = browser();
        browser.signIn(HEAD_A, PASSWORD);
        assertThat(Browser.location(sendRecoveryCode(browser, account.codes().get(9))))
                .isEqualTo("/account/recovery-codes");
        assertThat(browser.get("/account/recovery-codes").body())
                .contains("You have only 3 recovery codes left. Make new ones now");

        jdbc.update("UPDATE tidemark_recovery_code SET used_at_ms = 1 WHERE username = ? AND slot IN (7, 8)", HEAD_A);
        Browser last = browser();
        last.signIn(HEAD_A, PASSWORD);
        assertThat(Browser.location(sendRecoveryCode(last, account.codes().get(8)))).isEqualTo("/account/recovery-codes");
        assertThat(last.get("/account/recovery-codes").body()).contains("You have no recovery codes left. Make new ones now");
    }

    @Test
    void newCodesNeedThePasswordAndStopTheOldOnes() {
        SetUp account = setUp(DSL_AB);
        Browser browser = browser();
        browser.signIn(DSL_AB, PASSWORD);
        String codePage = browser.get("/login/second-factor").body();
        browser.post("/login/second-factor", Map.of("code", Totp.code(account.key(), Totp.stepAt(Instant.now()) + 1)),
                match(CSRF, codePage));
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);

        HttpResponse<String> wrong = browser.submit("/account/recovery-codes", "/account/recovery-codes",
                Map.of("currentPassword", "not my password"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("Your password is not your password.");
        assertThat(jdbc.queryForObject("SELECT failed_sign_ins FROM tidemark_user WHERE username = ?", Integer.class,
                DSL_AB)).as("a wrong password here counts as one at sign-in").isEqualTo(1);
        assertThat(auditOf(DSL_AB, "RECOVERY_CODES_REFUSED")).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_recovery_code WHERE username = ?", Integer.class,
                DSL_AB)).isEqualTo(10);

        HttpResponse<String> made = browser.submit("/account/recovery-codes", "/account/recovery-codes",
                Map.of("currentPassword", PASSWORD));
        assertThat(Browser.location(made)).isEqualTo("/account/recovery-codes/new");
        List<String> fresh = all(CODE, browser.get("/account/recovery-codes/new").body());
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(account.codes());
        assertThat(auditOf(DSL_AB, "RECOVERY_CODES_MADE")).hasSize(2).last()
                .satisfies(details -> assertThat(details.path("reason").asText()).isEqualTo("REPLACED"));

        Browser old = browser();
        old.signIn(DSL_AB, PASSWORD);
        assertThat(sendRecoveryCode(old, account.codes().get(0)).body()).as("an old code")
                .contains("That recovery code was not right");
        assertThat(Browser.location(sendRecoveryCode(old, fresh.get(0)))).as("a new one")
                .isEqualTo("/account/recovery-codes");
    }

    @Test
    void anAdministratorsResetRemovesTheRecoveryCodes() {
        byte[] adminKey = setUp(ADMIN).key();
        SetUp account = setUp(DSL_B);
        Browser admin = browser();
        assertThat(admin.getWithBasic("/api/me", ADMIN, PASSWORD, "X-Tidemark-Totp",
                Totp.code(adminKey, Totp.stepAt(Instant.now()) + 1)).statusCode()).isEqualTo(200);
        assertThat(admin.delete("/api/admin/users/" + DSL_B + "/second-factor").statusCode()).isEqualTo(204);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_recovery_code WHERE username = ?", Integer.class,
                DSL_B)).isZero();
        assertThat(auditOf(ADMIN, "SECOND_FACTOR_RESET")).singleElement()
                .satisfies(details -> assertThat(details.path("recoveryCodesRemoved").asInt()).isEqualTo(10));
        Browser user = browser();
        user.signIn(DSL_B, PASSWORD);
        String page = user.get("/login/second-factor").body();
        assertThat(page).contains("Set up two-factor sign-in");
        HttpResponse<String> old = user.post("/login/second-factor", Map.of("recoveryCode", account.codes().get(0)),
                match(CSRF, page));
        assertThat(old.statusCode()).as("an old code sets nothing up and signs nobody in").isEqualTo(200);
        assertThat(user.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void wrongRecoveryCodesLockTheSecondFactorAsWrongCodesDo() {
        String lead = lead("rc-locked");
        SetUp account = setUp(lead);
        Browser browser = browser();
        browser.signIn(lead, PASSWORD);
        assertThat(sendRecoveryCode(browser, " ").body()).as("nothing typed: nothing guessed")
                .contains("Enter one of your recovery codes.");
        assertThat(jdbc.queryForObject("SELECT failed_codes FROM tidemark_user WHERE username = ?", Integer.class,
                lead)).isZero();
        sendRecoveryCode(browser, "00000-00000");
        String wrongCode = Totp.code(account.key(), Totp.stepAt(Instant.now()) + 5);
        sendCode(browser, wrongCode);
        assertThat(jdbc.queryForObject("SELECT failed_codes FROM tidemark_user WHERE username = ?", Integer.class,
                lead)).as("a wrong recovery code and a wrong code: two wrong codes").isEqualTo(2);
        sendRecoveryCode(browser, "11111-11111");
        sendRecoveryCode(browser, "22222-22222");
        HttpResponse<String> fifth = sendRecoveryCode(browser, "33333-33333");
        assertThat(Browser.location(fifth)).as("locked: back to the sign-in page's error").isEqualTo("/login?error");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_audit_entry WHERE actor = ? "
                + "AND kind = 'SIGN_IN_FAILED'", Integer.class, lead)).isEqualTo(5);

        Browser owner = browser();
        assertThat(Browser.location(owner.signIn(lead, PASSWORD))).as("while the second factor is locked")
                .isEqualTo("/login?error");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_recovery_code WHERE username = ? "
                + "AND used_at_ms IS NULL", Integer.class, lead)).as("no code used up").isEqualTo(10);
    }

    @Test
    void theApiAndTheSignInPagesCodeFieldNeitherTakeNorUseUpARecoveryCode() {
        String lead = lead("rc-api");
        String code = setUp(lead).codes().get(0);
        HttpResponse<String> api = browser().getWithBasic("/api/me", lead, PASSWORD, "X-Tidemark-Totp", code);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(detail(api)).isEqualTo("A recovery code signs in on the web sign-in page only. Send the current code "
                + "of your authenticator app in the X-Tidemark-Totp header.");

        // the sign-in page's code field is for the authenticator's code: a recovery code there leads to the code page
        Browser browser = browser();
        HttpResponse<String> form = browser.signIn(lead, PASSWORD, code);
        assertThat(Browser.location(form)).isEqualTo("/login/second-factor");
        assertThat(jdbc.queryForObject("SELECT failed_codes FROM tidemark_user WHERE username = ?", Integer.class,
                lead)).as("neither counted as a wrong code").isZero();
        assertThat(Browser.location(sendRecoveryCode(browser, code))).as("and it is still there to use")
                .isEqualTo("/account/recovery-codes");
    }

    // ---- helpers ----

    /** A new lead of setting A (a role that needs a second factor), for a test of its own. */
    private String lead(String username) {
        accounts.createUser(username, "Lee " + username, encoder.encode(PASSWORD), EnumSet.of(Role.DSL), "trust-1",
                false, Set.of(SETTING_A));
        return username;
    }

    private Browser browser() {
        return new Browser("http://127.0.0.1:" + port);
    }

    /** The first form sign-in of the account: sets up its second factor through the page, as a person would. */
    private SetUp setUp(String username) {
        Browser browser = browser();
        assertThat(Browser.location(browser.signIn(username, PASSWORD))).isEqualTo("/login/second-factor");
        String page = browser.get("/login/second-factor").body();
        byte[] key = Base32.decode(match(SECRET, page).replace(" ", ""));
        HttpResponse<String> confirmed = browser.post("/login/second-factor",
                Map.of("code", Totp.code(key, Totp.stepAt(Instant.now()) - 1)), match(CSRF, page));
        assertThat(Browser.location(confirmed)).isEqualTo("/account/recovery-codes/new");
        List<String> codes = all(CODE, browser.get("/account/recovery-codes/new").body());
        assertThat(codes).hasSize(10);
        return new SetUp(key, codes);
    }

    private static HttpResponse<String> sendRecoveryCode(Browser browser, String code) {
        String page = browser.get("/login/second-factor").body();
        return browser.post("/login/second-factor", Map.of("recoveryCode", code), match(CSRF, page));
    }

    private static HttpResponse<String> sendCode(Browser browser, String code) {
        String page = browser.get("/login/second-factor").body();
        return browser.post("/login/second-factor", Map.of("code", code), match(CSRF, page));
    }

    /** The details of the user's audit entries with this {@code what}, oldest first. */
    private List<JsonNode> auditOf(String actor, String what) {
        return jdbc.queryForList("SELECT details FROM tidemark_audit_entry WHERE actor = ? AND what = ? ORDER BY pos",
                String.class, actor, what).stream().map(RecoveryCodesTest::json).toList();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(text, e);
        }
    }

    private static String detail(HttpResponse<String> response) {
        return json(response.body()).path("detail").asText();
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in the page", pattern).isTrue();
        return m.group(1);
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
