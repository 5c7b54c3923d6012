package uk.tidemark.app.web.register;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 18's staff declarations over HTTP: a contact declared by a member of staff reaches the setting's leads, who
 * note it and turn it into an incident once; an approval sought waits for the headteacher's decision on the deadline
 * board, decided by the headteacher only and never by the declarer.
 */
@RunningApp
class DeclarationStoryTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    WorkingCalendar calendar;

    static Map<String, Object> contact() {
        return Map.of("kind", "CONTACT", "contactFrom", "EX_PUPIL", "contactName", "Jay Former",
                "contactKind", "FRIEND_REQUEST", "platform", "INSTAGRAM", "contactOn",
                LocalDate.now(WorkingCalendar.UK).minusDays(1).toString(),
                "response", "Declined the request and blocked the account.");
    }

    private String declare(String user, Map<String, Object> body) {
        Reply made = api.post(user, "/api/declarations", body);
        assertThat(made.status()).as("%s", made).isEqualTo(201);
        String id = made.json().path("id").asText();
        assertThat(made.header("Location")).endsWith("/api/declarations/" + id);
        cases.awaitGet(user, "/api/declarations/" + id, r -> r.status() == 200, "the declaration");
        return id;
    }

    @Test
    void aContactReachesTheLeadsWhoNoteItAndTurnItIntoAnIncidentOnce() {
        String id = declare(STAFF_A, contact());
        String path = "/api/declarations/" + id;

        // the declarer, the setting's DSL, deputy and headteacher see it; nobody else
        assertThat(api.get(STAFF_A, path).json().path("state").asText()).isEqualTo("DECLARED");
        for (String lead : new String[]{DSL_A, DEPUTY_A, HEAD_A}) {
            assertThat(api.get(lead, path).status()).as(lead).isEqualTo(200);
            assertThat(api.get(lead, "/api/declarations").raw().body()).as(lead).contains(id);
        }
        // the setting's leads are told in their inbox, without names; the one who declared is not
        String told = cases.awaitGet(DSL_A, "/api/notifications", r -> r.raw().body().contains(id), "the DSL told")
                .toString();
        assertThat(told).contains("\"DECLARATION\"", "contact on a personal account, to note");
        assertThat(api.get(STAFF_A, "/api/notifications").raw().body()).as("the declarer").doesNotContain(id);
        for (String other : new String[]{DSL_B, HR, TRUSTEE, ADMIN}) {
            assertProblem(api.get(other, path), 404);
        }
        assertThat(api.get(DSL_B, "/api/declarations").raw().body()).doesNotContain(id);

        // the declarer does not deal with it; a lead notes it, once
        assertProblem(api.post(STAFF_A, path + "/note", Map.of("note", "Mine")), 403);
        assertProblem(api.post(DSL_A, path + "/note", Map.of("note", " ")), 400);
        assertThat(api.post(DSL_A, path + "/note", Map.of("note", "Talked it through with Stan.")).status())
                .isEqualTo(204);
        assertProblem(api.post(DEPUTY_A, path + "/note", Map.of("note", "Again")), 409);
        // a contact is not the headteacher's to decide
        assertProblem(api.post(HEAD_A, path + "/decision", Map.of("approved", true, "reasons", "Fine")), 409);

        // one action turns it into an incident, logged by the lead under inappropriate contact
        Reply turned = api.post(DSL_A, path + "/incident", Map.of());
        assertThat(turned.status()).as("%s", turned).isEqualTo(201);
        String incident = turned.json().path("id").asText();
        JsonNode logged = cases.awaitGet(DSL_A, "/api/incidents/" + incident, r -> r.status() == 200,
                "the incident");
        assertThat(logged.path("category").asText()).isEqualTo("INAPPROPRIATE_CONTACT");
        assertThat(logged.path("platform").asText()).isEqualTo("INSTAGRAM");
        assertThat(logged.path("summary").asText()).contains("Stan Staff", "Jay Former", "blocked the account");
        JsonNode after = cases.awaitGet(STAFF_A, path,
                r -> r.json().path("incidentId").asText().equals(incident), "the incident on the declaration");
        assertThat(after.path("state").asText()).isEqualTo("INCIDENT_LOGGED");
        // doing it twice is refused, and logs nothing more
        long stored = cases.storedEventCount();
        assertProblem(api.post(DEPUTY_A, path + "/incident", Map.of()), 409);
        assertThat(cases.storedEventCount()).isEqualTo(stored);
    }

    @Test
    void anApprovalWaitsForTheHeadteacherOnTheBoardAndIsDecidedByThemOnly() {
        String id = declare(STAFF_A, Map.of("kind", "APPROVAL", "approvalKind", "WORK_ACCOUNT",
                "details", "A blog for year 5's science projects."));
        String path = "/api/declarations/" + id;
        LocalDate today = LocalDate.now(WorkingCalendar.UK);
        JsonNode due = cases.awaitDeadline(HEAD_A, id, "DECLARATION_DECISION", "PENDING");
        cases.awaitGet(HEAD_A, "/api/notifications", r -> r.raw().body().contains(id), "the headteacher told");
        assertThat(due.path("ownerId").asText()).isEqualTo(HEAD_A);
        assertThat(api.get(STAFF_A, path).json().path("decideBy").asText())
                .isEqualTo(calendar.workingDaysAfter(today, 5).toString());

        assertProblem(api.post(DSL_A, path + "/decision", Map.of("approved", true, "reasons", "Fine")), 403);
        assertProblem(api.post(STAFF_A, path + "/decision", Map.of("approved", true, "reasons", "Fine")), 403);
        assertProblem(api.post(DSL_A, path + "/incident", Map.of()), 409);
        assertProblem(api.post(HEAD_A, path + "/decision", Map.of("reasons", "No decision")), 400);
        assertThat(api.post(HEAD_A, path + "/decision", Map.of("approved", true,
                "reasons", "Run it from the school's account, with the office as a second admin.")).status())
                .isEqualTo(204);
        cases.awaitDeadline(HEAD_A, id, "DECLARATION_DECISION", "MET");
        JsonNode decided = cases.awaitGet(STAFF_A, path, r -> r.json().path("state").asText().equals("APPROVED"),
                "the decision, as the declarer sees it");
        assertThat(decided.path("reasons").asText()).contains("second admin");
        assertProblem(api.post(HEAD_A, path + "/decision", Map.of("approved", false, "reasons", "Changed")), 409);
    }

    @Test
    void aHeadteachersOwnRequestIsNeverDecidedByThemselves() {
        String id = declare(HEAD_A, Map.of("kind", "APPROVAL", "approvalKind", "ORGANISATION_NAME",
                "details", "To name the school in my LinkedIn profile."));
        assertProblem(api.post(HEAD_A, "/api/declarations/" + id + "/decision",
                Map.of("approved", true, "reasons", "Mine")), 409);
    }

    @Test
    void aDeclarationMissingItsKindsFieldsIsRefusedNamingThemAndTrusteesMakeNone() {
        Reply bad = api.post(STAFF_A, "/api/declarations", Map.of("kind", "CONTACT", "contactName", "Jay"));
        assertProblem(bad, 400);
        assertThat(bad.raw().body()).contains("contactFrom", "contactKind", "platform", "contactOn", "response");
        Reply future = api.post(STAFF_A, "/api/declarations", Map.of("kind", "CONTACT", "contactFrom", "PUPIL",
                "contactName", "Jay", "contactKind", "MESSAGE", "platform", "X", "response", "Ignored it",
                "contactOn", LocalDate.now(WorkingCalendar.UK).plusDays(3).toString()));
        assertProblem(future, 400);
        assertProblem(api.post(TRUSTEE, "/api/declarations", Map.of("kind", "APPROVAL", "approvalKind",
                "WORK_ACCOUNT", "details", "A blog")), 403);
        assertProblem(api.get(ADMIN, "/api/declarations"), 403);
    }
}
