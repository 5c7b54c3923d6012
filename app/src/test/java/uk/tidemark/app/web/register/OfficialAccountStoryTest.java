package uk.tidemark.app.web.register;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 18's official account story over HTTP (seeds 001 and 002): a teacher asks for an account and cannot approve
 * it; the headteacher approves it; a DBS-checked moderator is disabled by an administrator and the lead has a
 * password change due the next working day, which the recorded change meets; the lead leaves and the headteacher
 * has a handover, met by naming a new lead; the account is reviewed, an incident named on it, and it is closed.
 */
@RunningApp
class OfficialAccountStoryTest {

    static final String ROOT = "/api/registers/official-accounts";
    /** The board follows the accounts' events a moment later; on a busy machine, more than a moment. */
    static final java.time.Duration WAIT = java.time.Duration.ofSeconds(15);

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    WorkingCalendar calendar;

    @Test
    void anAccountLivesFromItsRequestToItsClosing() {
        String moderator = newUser("story.moderator", "Morgan Moderator");
        Reply asked = api.post(STAFF_A, ROOT, Map.of("platform", "INSTAGRAM", "handle", "@story_school",
                "address", "https://instagram.com/story_school", "purpose", "Celebrate pupils' work",
                "audience", "Parents", "leadUsername", STAFF_A,
                "credentialsKeptAt", "School password manager, vault 'Comms'"));
        assertThat(asked.status()).as("%s", asked).isEqualTo(201);
        String id = asked.json().path("id").asText();
        String one = ROOT + "/" + id;
        JsonNode requested = await(STAFF_A, one, r -> r.status() == 200, "the request");
        assertThat(requested.path("status").asText()).isEqualTo("REQUESTED");
        assertThat(requested.path("lead").path("username").asText()).isEqualTo(STAFF_A);

        // the requester cannot decide, even a headteacher who asked; the headteacher of another setting sees nothing
        assertProblem(api.post(STAFF_A, one + "/approval", Map.of()), 403);
        Reply ownRequest = api.post(HEAD_A, ROOT, Map.of("platform", "X", "handle", "@head_own",
                "address", "https://x.com/head_own", "purpose", "News", "audience", "Parents",
                "leadUsername", HEAD_A));
        String own = ownRequest.json().path("id").asText();
        await(HEAD_A, ROOT + "/" + own, r -> r.status() == 200, "the head's own request");
        assertThat(assertProblem(api.post(HEAD_A, ROOT + "/" + own + "/approval", Map.of()), 409)
                .path("detail").asText()).contains("you cannot decide on it");
        assertProblem(api.get(DSL_B, one), 404);
        assertProblem(api.get(TRUSTEE, ROOT), 403);
        // a password is not where the credentials are kept
        assertProblem(api.post(STAFF_A, one + "/credentials-location",
                Map.of("credentialsKeptAt", "Tr0ub4dor&3x")), 400);

        assertThat(api.post(HEAD_A, one + "/approval", Map.of("note", "For a year")).status()).isEqualTo(204);
        LocalDate today = LocalDate.now(WorkingCalendar.UK);
        cases.awaitDeadline(DSL_A, id, "ACCOUNT_REVIEW", "PENDING", WAIT);

        // a DBS-checked moderator, and a volunteer without a Tidemark account
        assertThat(api.post(STAFF_A, one + "/people", Map.of("username", moderator, "role", "MODERATOR",
                "dbsCheckedOn", today.minusMonths(2).toString())).status()).isEqualTo(204);
        assertThat(api.post(STAFF_A, one + "/people", Map.of("name", "Val Volunteer", "role", "MODERATOR"))
                .status()).isEqualTo(204);
        JsonNode withModerators = await(DSL_A, ROOT, r -> r.raw().body().contains("Val Volunteer"),
                "the moderators on the register");
        JsonNode listed = find(withModerators, id);
        assertThat(listed.path("moderators")).hasSize(2);
        assertThat(listed.path("moderators").get(0).path("dbsCheckedOn").asText())
                .isEqualTo(today.minusMonths(2).toString());
        assertThat(listed.path("moderators").get(1).has("username")).isFalse();
        JsonNode renewal = cases.awaitDeadline(DSL_A, id, "MODERATOR_DBS_RENEWAL", "PENDING", WAIT);
        assertThat(renewal.path("ownerId").asText()).isEqualTo(STAFF_A);

        // seed 001: the moderator leaves; their Tidemark account is disabled; the lead must change the password
        Reply disabled = api.post(ADMIN, "/api/admin/users/" + moderator + "/enabled", Map.of("enabled", false));
        assertThat(disabled.status()).as("%s", disabled).isEqualTo(200);
        JsonNode change = cases.awaitDeadline(DSL_A, id, "ACCOUNT_PASSWORD_CHANGE", "PENDING", WAIT);
        assertThat(change.path("ownerId").asText()).isEqualTo(STAFF_A);
        assertDue(change, calendar.workingDaysAfter(today, 1));
        // the lead, a member of staff who has no deadline board, is told on their home page what is theirs to do
        uk.tidemark.app.web.Browser lead = new uk.tidemark.app.web.Browser("http://localhost:" + api.port());
        assertThat(lead.signIn(STAFF_A, PASSWORD).statusCode()).isEqualTo(302);
        String home = lead.get("/").body();
        assertThat(home).contains("Needs attention", "Password change due",
                "href=\"/registers/official-accounts/" + id + "\"").doesNotContain("All open deadlines");
        // their DBS renewal went with them (cancelled before the password change was set, in the same stream)
        assertThat(api.get(DSL_A, "/api/deadlines?status=PENDING&kind=MODERATOR_DBS_RENEWAL&caseId=" + id).json())
                .isEmpty();

        assertThat(api.post(STAFF_A, one + "/password-change", Map.of("changedOn", today.toString())).status())
                .isEqualTo(204);
        cases.awaitDeadline(DSL_A, id, "ACCOUNT_PASSWORD_CHANGE", "MET", WAIT);

        // seed 002: the lead leaves the account; the handover is the headteacher's
        JsonNode detail = await(DSL_A, one, r -> r.json().path("passwordChangedOn").asText()
                .equals(today.toString()), "the password change");
        String leadPerson = detail.path("lead").path("personId").asText();
        assertThat(api.post(DSL_A, one + "/people/" + leadPerson + "/removal", Map.of("reason", "Left the school"))
                .status()).isEqualTo(204);
        JsonNode handover = cases.awaitDeadline(HEAD_A, id, "ACCOUNT_HANDOVER", "PENDING", WAIT);
        assertThat(handover.path("ownerId").asText()).isEqualTo(HEAD_A);
        assertThat(api.post(HEAD_A, one + "/lead", Map.of("username", DEPUTY_A)).status()).isEqualTo(204);
        cases.awaitDeadline(HEAD_A, id, "ACCOUNT_HANDOVER", "MET", WAIT);

        // the review, an incident on the account, and its closing
        assertThat(api.post(DEPUTY_A, one + "/review", Map.of("findings", "Still needed")).status()).isEqualTo(204);
        cases.awaitDeadline(DEPUTY_A, id, "ACCOUNT_REVIEW", "MET", WAIT);
        Map<String, Object> body = caseBody();
        body.put("platform", "INSTAGRAM");
        String incident = cases.logAndAwait(body).path("id").asText();
        String reference = await(DSL_A, "/api/incidents/" + incident, r -> r.status() == 200, "the incident")
                .path("reference").asText();
        assertThat(api.post(DSL_A, one + "/incidents", Map.of("incident", reference)).status()).isEqualTo(204);
        JsonNode withIncident = await(DSL_A, one, r -> r.json().path("incidents").size() == 1,
                "the incident on the account");
        assertThat(withIncident.path("incidents").get(0).path("reference").asText()).isEqualTo(reference);
        // and the case's page names the account it happened on, linked to the account's page
        uk.tidemark.app.web.Browser dsl = new uk.tidemark.app.web.Browser("http://localhost:" + api.port());
        assertThat(dsl.signIn(DSL_A, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(dsl.get("/cases/" + incident).body()).contains("Official account",
                "href=\"/registers/official-accounts/" + id + "\"", "Instagram @story_school");
        // the deputy, now the lead, works on cases too; the member of staff who asked sees the account, not the case
        assertThat(api.get(STAFF_A, one).json().path("incidents")).isEmpty();

        assertThat(api.post(DSL_A, one + "/close", Map.of("reason", "Replaced by the trust's account")).status())
                .isEqualTo(204);
        JsonNode closed = await(DSL_A, one, r -> r.json().path("status").asText().equals("CLOSED"),
                "the closed account");
        assertThat(closed.path("history").toString()).doesNotContain("vault");
        assertProblem(api.post(DSL_A, one + "/review", Map.of("findings", "Too late")), 409);
        assertThat(api.get(DSL_A, "/api/deadlines?status=PENDING&caseId=" + id).json().size()).isZero();
    }

    /** As {@code CaseFixture.awaitGet}, with the board's wait: the register follows the account a moment later. */
    private JsonNode await(String user, String path, java.util.function.Predicate<Reply> done, String what) {
        long until = System.nanoTime() + WAIT.toNanos();
        Reply last;
        do {
            last = api.get(user, path);
            if (last.status() == 200 && done.test(last)) {
                return last.json();
            }
            CaseFixture.sleep(50);
        } while (System.nanoTime() < until);
        throw new AssertionError("not within " + WAIT + ": " + what + "; last answer " + last);
    }

    private String newUser(String username, String name) {
        Reply created = api.post(ADMIN, "/api/admin/users", Map.of("username", username, "displayName", name,
                "password", "a typed password 1", "roles", List.of("STAFF"), "settingIds", List.of(SETTING_A)));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return username;
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode a : list) {
            if (a.path("id").asText().equals(id)) {
                return a;
            }
        }
        throw new AssertionError("no account " + id + " in " + list);
    }

    private void assertDue(JsonNode deadline, LocalDate day) {
        assertThat(Instant.parse(deadline.path("dueAt").asText()))
                .isEqualTo(WorkingCalendar.endOf(day).truncatedTo(ChronoUnit.MILLIS));
    }
}
