package uk.tidemark.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.Browser;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.ApiClient.write;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 12 item 3 (decision 0024): a user created by an administrator must change the one-time password before
 * anything else, on the API (403 but for the change itself, {@code /api/me} and sign-out) and in the pages (every
 * page sends them to the change page); a weak new password is a 400 naming the field with the reason; the change
 * ends the user's other sessions and keeps the current one under a new id; it is audited, never with the password.
 * Accounts seeded directly (the {@link TestAccounts}) are not asked to change theirs.
 */
@RunningApp
class PasswordChangeTest {

    private static final String CHOSEN = "kettle orbit tulip harbour";

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCreatedUserMustChangeTheOneTimePasswordBeforeAnythingElseOnTheApi() throws Exception {
        String oneTime = created("new.staff", "Nell Newstaff");
        Browser api = browser();
        HttpResponse<String> me = api.getWithBasic("/api/me", "new.staff", oneTime);
        assertThat(me.statusCode()).as("who am I stays open").isEqualTo(200);
        Browser elsewhere = browser();
        assertThat(elsewhere.getWithBasic("/api/me", "new.staff", oneTime).statusCode()).isEqualTo(200);

        long events = cases.storedEventCount();
        HttpResponse<String> refused = api.postJson("/api/incidents", write(caseBody()));
        JsonNode problem = assertProblem(new Reply(refused.statusCode(), refused), 403);
        assertThat(problem.path("detail").asText()).contains("Change your password first", "/api/me/password");
        assertThat(cases.storedEventCount()).isEqualTo(events);
        assertThat(api.get("/api/incidents").statusCode()).isEqualTo(403);

        // weak ones, each refused by name with its reason, and nothing changed
        assertRefused(api, oneTime, "short one", "newPassword", "at least 12 characters");
        assertRefused(api, oneTime, "Password1234!", "newPassword", "too easy to guess");
        assertRefused(api, oneTime, "qwertyuiopqwertyuiop", "newPassword", "too easy to guess");
        assertRefused(api, oneTime, "P@ssw0rd-2024", "newPassword", "too easy to guess");
        assertRefused(api, oneTime, "i am new.staff at school", "newPassword", "username or your name");
        assertRefused(api, oneTime, "Newstaff family holiday", "newPassword", "username or your name");
        assertRefused(api, oneTime, oneTime, "newPassword", "different from your current password");
        assertRefused(api, "not the one time password", CHOSEN, "currentPassword", "is not your current password");
        assertThat(api.get("/api/incidents").statusCode()).as("still to be changed").isEqualTo(403);

        String before = api.sessionId();
        HttpResponse<String> changed = api.postJson("/api/me/password", write(Map.of("currentPassword", oneTime,
                "newPassword", CHOSEN)));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(api.sessionId()).as("this session goes on under a new id").isNotNull().isNotEqualTo(before);
        assertThat(api.get("/api/incidents").statusCode()).isEqualTo(200);
        assertThat(api.postJson("/api/incidents", write(caseBody())).statusCode()).isEqualTo(201);
        assertThat(elsewhere.get("/api/me").statusCode()).as("the other session ended").isEqualTo(401);

        assertThat(browser().getWithBasic("/api/me", "new.staff", oneTime).statusCode()).isEqualTo(401);
        Browser later = browser();
        assertThat(later.getWithBasic("/api/me", "new.staff", CHOSEN).statusCode()).isEqualTo(200);
        assertThat(later.get("/api/incidents").statusCode()).as("no longer asked to change it").isEqualTo(200);

        List<String> trail = jdbc.queryForList("SELECT kind || ' ' || what || ' ' || details FROM tidemark_audit_entry"
                + " WHERE actor = 'new.staff' AND kind IN ('ACCOUNT', 'SESSION_ENDED') ORDER BY pos", String.class);
        assertThat(trail).anySatisfy(e -> assertThat(e).startsWith("ACCOUNT PASSWORD_CHANGE_REFUSED"))
                .anySatisfy(e -> assertThat(e).startsWith("ACCOUNT PASSWORD_CHANGED").contains("\"forced\":true"))
                .anySatisfy(e -> assertThat(e).startsWith("SESSION_ENDED PASSWORD_CHANGED"));
        assertThat(jdbc.queryForList("SELECT details FROM tidemark_audit_entry", String.class))
                .noneMatch(d -> d.contains(CHOSEN) || d.contains(oneTime));
    }

    @Test
    void aCreatedUserIsSentToTheChangePageFromEveryPageUntilTheyHaveChangedIt() {
        String oneTime = created("new.page", "Pat Newpage");
        Browser page = browser();
        page.signIn("new.page", oneTime);
        for (String path : List.of("/", "/concerns/new", "/notifications", "/no-such-page")) {
            HttpResponse<String> answer = page.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(Browser.location(answer)).as(path).isEqualTo("/account/password");
        }
        HttpResponse<String> form = page.get("/account/password");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Change your password", "Choose your own password before you carry on.");

        HttpResponse<String> weak = page.submit("/account/password", "/account/password",
                Map.of("currentPassword", oneTime, "newPassword", "Password1234!"));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("There is a problem", "New password is too easy to guess",
                "href=\"#password-newPassword\"").doesNotContain(oneTime).doesNotContain("Password1234!");

        HttpResponse<String> done = page.submit("/account/password", "/account/password",
                Map.of("currentPassword", oneTime, "newPassword", CHOSEN));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(Browser.location(done)).isEqualTo("/");
        HttpResponse<String> home = page.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Your password was changed.");

        // signing out stays open to someone who has not changed it yet
        String other = created("new.leaver", "Lee Newleaver");
        Browser leaver = browser();
        leaver.signIn("new.leaver", other);
        HttpResponse<String> out = leaver.post("/logout", Map.of(), leaver.csrfOf("/account/password"));
        assertThat(Browser.location(out)).isEqualTo("/login?logout");
    }

    @Test
    void seededAccountsAreNotAskedAndMayChangeTheirPasswordWhenTheyChoose() {
        Browser page = browser();
        assertThat(Browser.location(page.signIn(HEAD_A, PASSWORD))).isEqualTo("/");
        assertThat(page.get("/").statusCode()).isEqualTo(200);
        HttpResponse<String> form = page.get("/account/password");
        assertThat(form.body()).contains("Current password").doesNotContain("Choose your own password");
        assertThat(page.get("/").body()).contains("href=\"/account/password\"");
    }

    // ---- helpers ----

    /** An account as an administrator creates one, with its generated one-time password. */
    private String created(String username, String name) {
        Reply created = api.post(ADMIN, "/api/admin/users", Map.of("username", username, "displayName", name,
                "roles", List.of("STAFF"), "settingIds", List.of(SETTING_A)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("oneTimePassword").asText();
    }

    private static void assertRefused(Browser api, String current, String next, String field, String words) {
        HttpResponse<String> answer = api.postJson("/api/me/password", write(Map.of("currentPassword", current,
                "newPassword", next)));
        JsonNode problem = assertProblem(new Reply(answer.statusCode(), answer), 400);
        assertThat(problem.path("errors")).as(next).anySatisfy(e -> {
            assertThat(e.path("field").asText()).isEqualTo(field);
            assertThat(e.path("detail").asText()).contains(words);
        });
        assertThat(answer.body()).doesNotContain(next).doesNotContain(current);
    }

    private Browser browser() {
        return new Browser("http://localhost:" + port);
    }
}
