package uk.tidemark.app.web.register;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsId;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 18's done-when over HTTP: the third low-level concern about one member of staff in a year prompts a review
 * (its deadline on the board, owned by the headteacher, met by recording it); the headteacher who is the subject of
 * a low-level concern does not see it; another setting's headteacher does not see the register. A redelivered or
 * repeated triage counts once; a triage away from the route stops counting.
 */
@RunningApp
class LowLevelConcernStoryTest {

    static final String HEAD_B = "head-b";

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    AccountStore accounts;
    @Autowired
    PasswordEncoder encoder;

    private String concernAbout(String name, String username) {
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("category", "STAFF_MISUSE");
        body.put("summary", "Liked and commented on a Year 9 pupil's posts from a personal account.");
        body.put("people", List.of(Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", name, "role", "STAFF", "involvement", "SUBJECT", "username", username)));
        String incident = cases.logCase(DSL_A, body);
        cases.awaitVersion(DSL_A, incident, 0);
        triage(incident, "LOW_LEVEL_CONCERN");
        return incident;
    }

    private void triage(String incident, String route) {
        assertThat(api.post(DSL_A, "/api/incidents/" + incident + "/triage", Map.of("severity", "LOW",
                "reason", "Poor judgement, not harm", "allegationRoute", route)).status()).isEqualTo(204);
    }

    private JsonNode awaitConcerns(String user, String id, int count) {
        return cases.awaitGet(user, "/api/low-level-concerns/" + id,
                r -> r.status() == 200 && r.json().path("concerns").size() == count, count + " concerns");
    }

    @Test
    void theThirdConcernInAYearPromptsAReviewAndNobodyButTheHeadAndHrSeeIt() {
        if (!accounts.exists(HEAD_B)) {
            accounts.createUser(HEAD_B, "Hana Bee", encoder.encode(PASSWORD), EnumSet.of(Role.HEADTEACHER),
                    "trust-1", false, Set.of(SETTING_B));
        }
        String id = LowLevelConcernsId.of(SETTING_A, STAFF_A, "Stan Staff").value();
        String first = concernAbout("Stan Staff", STAFF_A);
        concernAbout("Stan Staff", STAFF_A);
        JsonNode two = awaitConcerns(HEAD_A, id, 2);
        assertThat(two.path("state").asText()).isEqualTo("NO_REVIEW_DUE");
        assertThat(api.get(HEAD_A, "/api/deadlines?caseId=" + id).json().size()).isZero();

        String third = concernAbout("Stan Staff", STAFF_A);
        JsonNode due = cases.awaitDeadline(HEAD_A, id, "LOW_LEVEL_CONCERN_REVIEW", "PENDING");
        assertThat(due.path("ownerId").asText()).isEqualTo(HEAD_A);
        assertThat(due.path("caseType").asText()).isEqualTo("LOW_LEVEL_CONCERN");
        JsonNode three = awaitConcerns(HR, id, 3);
        assertThat(three.path("state").asText()).isEqualTo("REVIEW_DUE");
        assertThat(three.path("concerns").get(2).path("incidentId").asText()).isEqualTo(third);
        assertThat(three.path("concerns").get(0).path("category").asText()).isEqualTo("STAFF_MISUSE");

        // a triage that keeps the route counts nothing more
        triage(third, "LOW_LEVEL_CONCERN");
        cases.awaitVersion(DSL_A, third, 2);
        assertThat(awaitConcerns(HEAD_A, id, 3).path("concerns").size()).isEqualTo(3);

        // the member of staff, the safeguarding leads and another setting's headteacher see none of it
        for (String user : new String[]{STAFF_A, DSL_A, DEPUTY_A, HEAD_B, TRUSTEE, ADMIN}) {
            assertProblem(api.get(user, "/api/low-level-concerns/" + id), 404);
            assertThat(api.get(user, "/api/deadlines").raw().body()).as(user).doesNotContain(id);
        }
        for (String user : new String[]{STAFF_A, DSL_A, TRUSTEE}) {
            assertProblem(api.get(user, "/api/low-level-concerns"), 403);
        }
        assertThat(api.get(HEAD_B, "/api/low-level-concerns").json().size()).isZero();

        // a triage away from the route stops counting; the review stays due
        triage(first, "NONE");
        JsonNode withdrawn = awaitConcerns(HEAD_A, id, 2);
        assertThat(withdrawn.path("state").asText()).isEqualTo("REVIEW_DUE");

        // the review, recorded by the headteacher, meets the deadline
        assertProblem(api.post(HEAD_A, "/api/low-level-concerns/" + id + "/review", Map.of("notes", "n")), 400);
        assertThat(api.post(HEAD_A, "/api/low-level-concerns/" + id + "/review", Map.of("outcome",
                "CONVERSATION_WITH_STAFF", "notes", "Spoke to Stan about boundaries online.")).status()).isEqualTo(204);
        cases.awaitDeadline(HEAD_A, id, "LOW_LEVEL_CONCERN_REVIEW", "MET");
        cases.awaitGet(HR, "/api/low-level-concerns/" + id,
                r -> r.json().path("reviews").size() == 1, "the review");
        assertProblem(api.post(HR, "/api/low-level-concerns/" + id + "/review", Map.of("outcome",
                "NO_FURTHER_ACTION", "notes", "Again")), 409);
    }

    @Test
    void theHeadteacherWhoIsTheSubjectOfALowLevelConcernDoesNotSeeIt() {
        String id = LowLevelConcernsId.of(SETTING_A, HEAD_A, "Hed Teach").value();
        concernAbout("Hed Teach", HEAD_A);
        awaitConcerns(HR, id, 1);
        assertThat(api.get(HR, "/api/low-level-concerns").raw().body()).contains(id);
        assertProblem(api.get(HEAD_A, "/api/low-level-concerns/" + id), 404);
        assertThat(api.get(HEAD_A, "/api/low-level-concerns").raw().body()).doesNotContain(id, "Hed Teach");
        assertProblem(api.post(HEAD_A, "/api/low-level-concerns/" + id + "/review", Map.of("outcome",
                "NO_FURTHER_ACTION", "notes", "Mine")), 404);
    }
}
