package uk.tidemark.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.Browser;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.JSON;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.ApiClient.write;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 12 item 1 (decision 0024): a session does not outlive a change of its account. An administrator disables an
 * account, changes its roles or resets its password, and the very next request of the account's existing session
 * (the API's session cookie, a page's) is refused as signed out, with the end in the audit trail; signing in again
 * then works with the account as it now is. Each test has accounts of its own: the others' sessions must not end.
 */
@RunningApp
class AccountChangeEndsSessionsTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;
    @Autowired
    AccountStore accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDisabledUsersApiSessionIsRefusedOnTheVeryNextRequestAndNothingIsLogged() {
        staff("ended.api");
        Browser apiSession = browser();
        assertThat(apiSession.getWithBasic("/api/me", "ended.api", PASSWORD).statusCode()).isEqualTo(200);
        assertThat(postJson(apiSession, "/api/incidents", caseBodyFor()).statusCode()).as("a report before").isEqualTo(201);
        long events = cases.storedEventCount();

        assertThat(api.post(ADMIN, "/api/admin/users/ended.api/enabled", Map.of("enabled", false)).status()).isEqualTo(200);

        HttpResponse<String> refused = postJson(apiSession, "/api/incidents", caseBodyFor());
        JsonNode problem = assertProblem(new Reply(refused.statusCode(), refused), 401);
        assertThat(problem.path("detail").asText()).contains("disabled", "signed out");
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(cases.storedEventCount()).as("nothing logged after the account was disabled").isEqualTo(events);
        assertThat(apiSession.get("/api/me").statusCode()).as("the session is gone, not just refused once").isEqualTo(401);
        assertThat(apiSession.getWithBasic("/api/me", "ended.api", PASSWORD).statusCode()).as("and cannot sign in again")
                .isEqualTo(401);
        assertThat(sessionEnds("ended.api")).containsExactly("ACCOUNT_DISABLED API");

        assertThat(api.post(ADMIN, "/api/admin/users/ended.api/enabled", Map.of("enabled", true)).status()).isEqualTo(200);
        assertThat(browser().getWithBasic("/api/me", "ended.api", PASSWORD).statusCode()).as("enabled again")
                .isEqualTo(200);
    }

    @Test
    void aDisabledUsersPageSessionIsSentToSignInWithTheReason() {
        staff("ended.page");
        Browser page = browser();
        assertThat(Browser.location(page.signIn("ended.page", PASSWORD))).isEqualTo("/");
        assertThat(page.get("/").statusCode()).isEqualTo(200);

        assertThat(api.post(ADMIN, "/api/admin/users/ended.page/enabled", Map.of("enabled", false)).status())
                .isEqualTo(200);

        HttpResponse<String> next = page.get("/concerns/new");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(Browser.location(next)).isEqualTo("/login?ended=disabled");
        assertThat(page.get("/login?ended=disabled").body()).contains("Your account has been disabled, so you were "
                + "signed out.");
        assertThat(Browser.location(page.get("/"))).as("signed out for good").isEqualTo("/login");
        assertThat(sessionEnds("ended.page")).containsExactly("ACCOUNT_DISABLED PAGE");
    }

    @Test
    void aMemberOfStaffMadeATrusteeLosesTheOldSessionsRightsAndSignsInWithTheNewOnes() {
        staff("promoted");
        Browser apiSession = browser();
        assertThat(apiSession.getWithBasic("/api/me", "promoted", PASSWORD).statusCode()).isEqualTo(200);
        assertThat(postJson(apiSession, "/api/incidents", caseBodyFor()).statusCode()).isEqualTo(201);
        Browser page = browser();
        assertThat(Browser.location(page.signIn("promoted", PASSWORD))).isEqualTo("/");

        Reply changed = api.post(ADMIN, "/api/admin/users/promoted/access", Map.of("roles", List.of("TRUSTEE"),
                "trustWide", true));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

        assertThat(postJson(apiSession, "/api/incidents", caseBodyFor()).statusCode()).as("the staff session's rights")
                .isEqualTo(401);
        assertThat(Browser.location(page.get("/concerns/new"))).isEqualTo("/login?ended=access");
        assertThat(sessionEnds("promoted")).containsExactlyInAnyOrder("ACCESS_CHANGED API", "ACCESS_CHANGED PAGE");

        Browser again = browser();
        HttpResponse<String> me = again.getWithBasic("/api/me", "promoted", PASSWORD);
        assertThat(me.body()).contains("\"roles\":[\"TRUSTEE\"]");
        assertThat(postJson(again, "/api/incidents", caseBodyFor()).statusCode()).as("a trustee logs no case")
                .isEqualTo(403);
        assertThat(again.get("/api/reports/quarterly?year=2026&quarter=1").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdministratorsPasswordResetEndsTheSessionsAndTheNewPasswordMustBeChanged() {
        staff("forgetful");
        Browser apiSession = browser();
        assertThat(apiSession.getWithBasic("/api/me", "forgetful", PASSWORD).statusCode()).isEqualTo(200);
        Browser page = browser();
        assertThat(Browser.location(page.signIn("forgetful", PASSWORD))).isEqualTo("/");

        Reply reset = api.post(ADMIN, "/api/admin/users/forgetful/password", Map.of());
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        String oneTime = reset.json().path("oneTimePassword").asText();
        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(20);

        assertThat(apiSession.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(Browser.location(page.get("/"))).isEqualTo("/login?ended=reset");
        assertThat(browser().getWithBasic("/api/me", "forgetful", PASSWORD).statusCode()).as("the old password")
                .isEqualTo(401);
        assertThat(sessionEnds("forgetful")).containsExactlyInAnyOrder("PASSWORD_RESET API", "PASSWORD_RESET PAGE");

        Browser fresh = browser();
        assertThat(fresh.getWithBasic("/api/me", "forgetful", oneTime).statusCode()).isEqualTo(200);
        assertThat(fresh.get("/api/incidents").statusCode()).as("not before the password is changed").isEqualTo(403);
        assertThat(jdbc.queryForList("SELECT details FROM tidemark_audit_entry WHERE kind = 'ADMIN' AND what = 'PASSWORD_RESET'",
                String.class)).hasSize(1).allSatisfy(d -> assertThat(d).contains("forgetful").doesNotContain(oneTime));
    }

    @Test
    void anAdministratorCannotResetTheirOwnPasswordNorAnUnknownAccounts() {
        assertThat(api.post(ADMIN, "/api/admin/users/" + ADMIN + "/password", Map.of()).status()).isEqualTo(409);
        assertThat(api.post(ADMIN, "/api/admin/users/nobody-here/password", Map.of()).status()).isEqualTo(404);
        Reply weak = api.post(ADMIN, "/api/admin/users/" + STAFF_A + "/password", Map.of("password", "password1234"));
        assertThat(assertProblem(weak, 400).path("errors").get(0).path("field").asText()).isEqualTo("password");
        assertThat(api.get(STAFF_A, "/api/me").status()).as("nothing changed").isEqualTo(200);
    }

    @Test
    void sessionsOfAccountsThatDidNotChangeGoOn() {
        Browser dsl = browser();
        assertThat(dsl.getWithBasic("/api/me", DSL_A, PASSWORD).statusCode()).isEqualTo(200);
        staff("someone.else");
        assertThat(api.post(ADMIN, "/api/admin/users/someone.else/enabled", Map.of("enabled", false)).status())
                .isEqualTo(200);
        // saving the same roles again is no change
        assertThat(api.post(ADMIN, "/api/admin/users/" + DSL_A + "/access", Map.of("roles", List.of("DSL"),
                "settingIds", List.of(SETTING_A))).status()).isEqualTo(200);
        assertThat(dsl.get("/api/incidents").statusCode()).isEqualTo(200);
    }

    // ---- helpers ----

    private void staff(String username) {
        accounts.createUser(username, "Sam " + username, encoder.encode(PASSWORD), EnumSet.of(Role.STAFF), "trust-1",
                false, Set.of(SETTING_A));
    }

    private Browser browser() {
        return new Browser("http://localhost:" + port);
    }

    private static String caseBodyFor() {
        Map<String, Object> body = new java.util.LinkedHashMap<>(caseBody());
        body.put("settingId", SETTING_A);
        return write(body);
    }

    private HttpResponse<String> postJson(Browser browser, String path, String json) {
        return browser.postJson(path, json);
    }

    /** "REASON CHANNEL" of each SESSION_ENDED entry of the user. */
    private List<String> sessionEnds(String username) {
        return jdbc.queryForList("SELECT details FROM tidemark_audit_entry WHERE kind = 'SESSION_ENDED' AND actor = ?"
                + " ORDER BY pos", String.class, username).stream().map(d -> {
                    try {
                        JsonNode details = JSON.readTree(d);
                        return details.path("reason").asText() + " " + details.path("channel").asText();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList();
    }
}
