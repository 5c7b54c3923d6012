package uk.tidemark.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.Browser;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.CaseFixture.sleep;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * An administrator cannot quietly give an account case access (issue 12 item 8, decision 0026): a case role given
 * through administration opens nothing until another person confirms it — the setting's headteacher, or another
 * administrator for the whole trust or a setting without a headteacher — never the one who asked nor the account
 * itself. Both steps are audit entries, and the setting's leads and headteacher are told (inbox and e-mail).
 */
@RunningApp
class RoleGrantTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    /** A second administrator (seeded, as a deployment's second administrator would be). */
    static final String ADMIN_2 = "admin-2";
    /** A second headteacher of setting A. */
    static final String HEAD_A2 = "head-a2";

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> SMTP.getSmtp().getBindTo());
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

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

    @BeforeEach
    void moreAccounts() {
        if (accounts.exists(ADMIN_2)) {
            return;
        }
        String hash = encoder.encode(PASSWORD);
        accounts.createUser(ADMIN_2, "Second Admin", hash, EnumSet.of(Role.ADMIN), null, true, Set.of());
        accounts.createUser(HEAD_A2, "Other Head", hash, EnumSet.of(Role.HEADTEACHER), "trust-1", false,
                Set.of(SETTING_A));
        for (String user : List.of(DSL_A, DEPUTY_A, HEAD_A, DSL_B, ADMIN)) {
            accounts.setEmail(user, user + "@mail.example.org");
        }
    }

    @Test
    void aDslRoleGivenByAnAdministratorReadsNothingUntilTheSettingsHeadteacherConfirmsIt() throws Exception {
        String caseId = cases.logCase(DSL_A, caseBody());
        awaitReadable(DSL_A, caseId);
        Reply created = api.post(ADMIN, "/api/admin/users", Map.of("username", "new.dsl", "displayName", "Nia Dee",
                "password", GIVEN_PASSWORD, "roles", List.of("STAFF", "DSL"), "settingIds", List.of(SETTING_A)));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        api.choosesOwnPassword("new.dsl");

        // until confirmed: staff of setting A, no case role
        JsonNode account = api.get(ADMIN, "/api/admin/users/new.dsl").json();
        assertThat(account.path("roles").toString()).isEqualTo("[\"STAFF\"]");
        JsonNode waiting = account.path("waitingForConfirmation");
        assertThat(waiting.path("roles").toString()).isEqualTo("[\"DSL\"]");
        assertThat(waiting.path("settings").get(0).path("name").asText()).isEqualTo("Alder School");
        assertThat(waiting.path("confirmer").asText()).isEqualTo("HEADTEACHER");
        assertThat(waiting.path("requestedBy").asText()).isEqualTo(ADMIN);
        assertThat(api.get("new.dsl", "/api/incidents/" + caseId).status()).as("the case").isEqualTo(404);
        JsonNode list = api.get("new.dsl", "/api/incidents").json();
        assertThat(list.path("items")).as("the case list").isEmpty();
        assertThat(list.path("total").asInt()).isZero();
        assertThat(api.get("new.dsl", "/api/people/" + "x" + "/chronology").status()).isEqualTo(403);

        String grantId = waiting.path("grantId").asText();
        assertProblem(api.post(ADMIN, "/api/role-grants/" + grantId + "/confirm", Map.of()), 403);
        assertThat(api.post(ADMIN, "/api/role-grants/" + grantId + "/confirm", Map.of()).json().path("detail").asText())
                .isEqualTo("You asked for this change: another person must confirm it.");
        assertProblem(api.post(ADMIN_2, "/api/role-grants/" + grantId + "/confirm", Map.of()), 403); // the head's
        assertProblem(api.post(DSL_A, "/api/role-grants/" + grantId + "/confirm", Map.of()), 403);
        assertProblem(api.post(DSL_B, "/api/role-grants/" + grantId + "/confirm", Map.of()), 403);
        assertThat(api.get("new.dsl", "/api/incidents/" + caseId).status()).as("still nothing").isEqualTo(404);

        JsonNode grants = api.get(HEAD_A, "/api/role-grants").json();
        JsonNode mine = StreamSupport.stream(grants.spliterator(), false)
                .filter(g -> g.path("grantId").asText().equals(grantId)).findFirst().orElseThrow();
        assertThat(mine.path("youMayDecide").asBoolean()).isTrue();
        assertThat(mine.path("username").asText()).isEqualTo("new.dsl");
        Reply confirmed = api.post(HEAD_A, "/api/role-grants/" + grantId + "/confirm", Map.of());
        assertThat(confirmed.status()).as("%s", confirmed).isEqualTo(200);
        assertThat(confirmed.json().path("status").asText()).isEqualTo("CONFIRMED");
        assertProblem(api.post(HEAD_A, "/api/role-grants/" + grantId + "/confirm", Map.of()), 409);

        assertThat(api.get("new.dsl", "/api/incidents/" + caseId).status()).as("after confirmation").isEqualTo(200);
        assertThat(api.get("new.dsl", "/api/incidents").json().path("items").toString()).contains(caseId);
        assertThat(api.get(ADMIN, "/api/admin/users/new.dsl").json().path("waitingForConfirmation").isNull()).isTrue();

        assertThat(adminEntries("new.dsl")).containsSubsequence("USER_CREATED by " + ADMIN,
                "ROLE_GRANT_REQUESTED by " + ADMIN, "ROLE_GRANT_CONFIRMED by " + HEAD_A);

        // told: the setting's leads and headteacher, in the inbox and by e-mail; the DSL of another setting not
        // people by name (issue 16)
        String asked = "Waiting for confirmation: Designated safeguarding lead for Nia Dee in Alder School, asked by "
                + "Ad Min";
        String done = "Confirmed by Hed Teach: Designated safeguarding lead for Nia Dee in Alder School";
        for (String user : List.of(DSL_A, DEPUTY_A, HEAD_A, HEAD_A2)) {
            assertThat(inbox(user)).as("%s's inbox", user).anyMatch(t -> t.startsWith(asked))
                    .anyMatch(t -> t.startsWith(done));
        }
        assertThat(inbox(ADMIN)).as("the administrator who asked hears the answer").anyMatch(t -> t.startsWith(done));
        assertThat(inbox(DSL_B)).noneMatch(t -> t.contains("Nia Dee"));
        assertThat(inbox("new.dsl")).isEmpty();
        assertThat(mailsTo(DSL_A + "@mail.example.org")).anyMatch(b -> b.contains(asked) && b.contains("/role-grants"))
                .anyMatch(b -> b.contains(done));
    }

    @Test
    void aTrustWideHrRoleNeedsASecondAdministrator() {
        Reply created = api.post(ADMIN, "/api/admin/users", Map.of("username", "new.hr", "displayName", "Har Arr",
                "password", GIVEN_PASSWORD, "roles", List.of("HR"), "trustWide", true));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        api.choosesOwnPassword("new.hr");
        assertThat(api.get("new.hr", "/api/hr-register").status()).as("no HR role yet").isEqualTo(403);
        String grantId = api.get(ADMIN, "/api/admin/users/new.hr").json().path("waitingForConfirmation")
                .path("grantId").asText();
        assertThat(api.get(HEAD_A, "/api/role-grants").json().toString()).as("not a headteacher's to confirm")
                .doesNotContain(grantId);
        assertProblem(api.post(HEAD_A, "/api/role-grants/" + grantId + "/confirm", Map.of()), 404);
        assertProblem(api.post(ADMIN, "/api/role-grants/" + grantId + "/confirm", Map.of()), 403);

        Reply confirmed = api.post(ADMIN_2, "/api/role-grants/" + grantId + "/confirm", Map.of());
        assertThat(confirmed.status()).as("%s", confirmed).isEqualTo(200);
        assertThat(api.get("new.hr", "/api/hr-register").status()).isEqualTo(200);
        assertThat(adminEntries("new.hr")).contains("ROLE_GRANT_CONFIRMED by " + ADMIN_2);
    }

    @Test
    void aConfirmedRoleEndsTheSessionsTheAccountHadWithoutIt() {
        accounts.createUser("waiting.dsl", "Wai Ting", encoder.encode(PASSWORD), EnumSet.of(Role.STAFF), "trust-1",
                false, Set.of(SETTING_A));
        Browser apiSession = new Browser("http://localhost:" + port);
        assertThat(apiSession.getWithBasic("/api/me", "waiting.dsl", PASSWORD).statusCode()).isEqualTo(200);
        Reply changed = api.post(ADMIN, "/api/admin/users/waiting.dsl/access", Map.of("roles", List.of("STAFF", "DSL"),
                "settingIds", List.of(SETTING_A)));
        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(apiSession.get("/api/me").statusCode()).as("nothing in force changed yet: the session goes on")
                .isEqualTo(200);

        String grantId = changed.json().path("waitingForConfirmation").path("grantId").asText();
        assertThat(api.post(HEAD_A, "/api/role-grants/" + grantId + "/confirm", Map.of()).status()).isEqualTo(200);
        assertThat(apiSession.get("/api/me").statusCode()).as("the session from before the role ends (decision 0024)")
                .isEqualTo(401);
        assertThat(new Browser("http://localhost:" + port).getWithBasic("/api/me", "waiting.dsl", PASSWORD).body()).as("signed in again")
                .contains("\"DSL\"");
    }

    @Test
    void aSettingWithoutAHeadteacherIsConfirmedByAnotherAdministrator() {
        Reply created = api.post(ADMIN, "/api/admin/users", Map.of("username", "birch.dsl", "displayName", "Bir Ch",
                "password", PASSWORD, "roles", List.of("DSL"), "settingIds", List.of(SETTING_B)));
        assertThat(created.status()).isEqualTo(201);
        JsonNode waiting = api.get(ADMIN, "/api/admin/users/birch.dsl").json().path("waitingForConfirmation");
        assertThat(waiting.path("confirmer").asText()).isEqualTo("ADMIN");
        Reply confirmed = api.post(ADMIN_2, "/api/role-grants/" + waiting.path("grantId").asText() + "/confirm",
                Map.of());
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(accounts.find("birch.dsl").orElseThrow().roles()).containsExactly(Role.DSL);
    }

    @Test
    void aDeclinedRoleLeavesNoRoleAndTheAccountCannotConfirmItsOwn() {
        accounts.createUser("head.x", "Hex Head", encoder.encode(PASSWORD), EnumSet.of(Role.HEADTEACHER), "trust-1",
                false, Set.of(SETTING_A));
        Reply changed = api.post(ADMIN, "/api/admin/users/head.x/access", Map.of("roles", List.of("HEADTEACHER", "HR"),
                "settingIds", List.of(SETTING_A)));
        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(changed.json().path("roles").toString()).isEqualTo("[\"HEADTEACHER\"]");
        String grantId = changed.json().path("waitingForConfirmation").path("grantId").asText();
        JsonNode refused = assertProblem(api.post("head.x", "/api/role-grants/" + grantId + "/confirm", Map.of()), 403);
        assertThat(refused.path("detail").asText()).contains("your own account");

        // a reason as long as the API takes (4,000 characters, emoji among them) is kept (V75)
        String reason = "HR is run from the trust office \uD83D\uDE00 ";
        reason = reason.repeat(4000 / reason.codePointCount(0, reason.length()));
        Reply declined = api.post(HEAD_A, "/api/role-grants/" + grantId + "/decline", Map.of("reason", reason));
        assertThat(declined.status()).as("%s", declined).isEqualTo(200);
        assertThat(declined.json().path("status").asText()).isEqualTo("DECLINED");
        assertThat(accounts.find("head.x").orElseThrow().roles()).containsExactly(Role.HEADTEACHER);
        assertThat(api.get(ADMIN, "/api/admin/users/head.x").json().path("waitingForConfirmation").isNull()).isTrue();
        assertProblem(api.post(HEAD_A, "/api/role-grants/" + grantId + "/confirm", Map.of()), 409);
        assertThat(adminEntries("head.x")).containsSubsequence("ROLE_GRANT_REQUESTED by " + ADMIN,
                "ROLE_GRANT_DECLINED by " + HEAD_A);
        assertProblem(api.post(HEAD_A, "/api/role-grants/nothing-by-this-id/decline", Map.of()), 404);
    }

    @Test
    void takingARoleOrSettingAwayIsImmediateAndAddingASettingBackWaits() {
        accounts.createUser("two.dsl", "Two Dee", encoder.encode(PASSWORD), EnumSet.of(Role.DSL), "trust-1", false,
                Set.of(SETTING_A, SETTING_B));
        Reply narrowed = api.post(ADMIN, "/api/admin/users/two.dsl/access", Map.of("roles", List.of("DSL"),
                "settingIds", List.of(SETTING_A)));
        assertThat(narrowed.status()).isEqualTo(200);
        assertThat(narrowed.json().path("waitingForConfirmation").isNull()).as("narrowing waits for nobody").isTrue();
        assertThat(accounts.find("two.dsl").orElseThrow().settingIds()).containsExactly(SETTING_A);

        Reply widened = api.post(ADMIN, "/api/admin/users/two.dsl/access", Map.of("roles", List.of("DSL"),
                "settingIds", List.of(SETTING_A, SETTING_B)));
        assertThat(widened.json().path("settings").toString()).doesNotContain(SETTING_B);
        JsonNode waiting = widened.json().path("waitingForConfirmation");
        assertThat(waiting.path("roles").toString()).as("no new role: its DSL role in one more setting")
                .isEqualTo("[]");
        assertThat(waiting.path("settings").get(0).path("id").asText()).isEqualTo(SETTING_B);
        assertThat(accounts.find("two.dsl").orElseThrow().settingIds()).containsExactly(SETTING_A);

        Reply removed = api.post(ADMIN, "/api/admin/users/two.dsl/access", Map.of("roles", List.of("STAFF"),
                "settingIds", List.of(SETTING_A)));
        assertThat(removed.json().path("roles").toString()).as("the DSL role taken away at once")
                .isEqualTo("[\"STAFF\"]");
        assertThat(removed.json().path("waitingForConfirmation").isNull()).as("and the request withdrawn").isTrue();
        assertThat(adminEntries("two.dsl")).contains("ROLE_GRANT_WITHDRAWN by " + ADMIN);
    }

    // ---- helpers ----

    /** Waits, generously (the machine may be loaded), until the case's page answers the user. */
    private void awaitReadable(String user, String caseId) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (api.get(user, "/api/incidents/" + caseId).status() != 200) {
            assertThat(System.nanoTime()).as("case %s readable within 30 s", caseId).isLessThan(deadline);
            sleep(50);
        }
    }

    /** "WHAT by ACTOR" of the ADMIN entries about the account, oldest first. */
    private List<String> adminEntries(String username) {
        return jdbc.query("SELECT what, actor, details FROM tidemark_audit_entry WHERE kind = 'ADMIN' ORDER BY pos",
                (rs, i) -> rs.getString(3).contains("\"username\":\"" + username + "\"")
                        ? rs.getString(1) + " by " + rs.getString(2) : "").stream().filter(s -> !s.isEmpty()).toList();
    }

    private List<String> inbox(String user) {
        Reply reply = api.get(user, "/api/notifications?size=100");
        assertThat(reply.status()).isEqualTo(200);
        return StreamSupport.stream(reply.json().spliterator(), false).filter(n -> n.path("kind").asText()
                .equals("ROLE_CHANGE")).map(n -> n.path("text").asText()).toList();
    }

    private static List<String> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> to(m).contains(address))
                .map(RoleGrantTest::text).toList();
    }

    /** The decoded text (GreenMailUtil.getBody is the raw, quoted-printable one). */
    private static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
