package uk.tidemark.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.Browser;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Reads that show several cases at once, a person's chronology and the deadline board (API and page), are in the
 * audit trail of every case they showed: {@code GET /api/audit?caseId=} finds them, for those who may see that
 * case's trail and for no one else.
 */
@RunningApp
class ReadsOfManyCasesAuditTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;
    @Autowired
    AuditLog auditLog;

    @Test
    void aPersonsChronologyIsInTheTrailOfEachOfTheirCases() {
        JsonNode first = cases.logAndAwait(caseBody());
        String pupil = first.path("people").path(0).path("personId").asText();
        Map<String, Object> again = caseBody();
        again.put("people", List.of(Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET",
                "personId", pupil)));
        String second = cases.logCase(DSL_A, again);
        List<String> caseIds = List.of(first.path("id").asText(), second);
        cases.awaitGet(DSL_A, "/api/people/" + pupil + "/chronology",
                r -> r.status() == 200 && r.json().path("cases").size() == 2, "the person on both cases");

        assertThat(api.get(DSL_A, "/api/people/" + pupil + "/chronology").status()).isEqualTo(200);
        Browser deputy = signedIn(DEPUTY_A);
        assertThat(deputy.get("/people/" + pupil).statusCode()).isEqualTo(200);

        for (String caseId : caseIds) {
            JsonNode reads = auditOf(DSL_A, caseId);
            assertThat(found(reads, DSL_A, "GET /api/people/{personId}/chronology")).as("API read in %s", caseId)
                    .isNotNull();
            JsonNode page = found(reads, DEPUTY_A, "GET /people/{personId}");
            assertThat(page).as("page read in %s", caseId).isNotNull();
            assertThat(page.path("details").path("personId").asText()).isEqualTo(pupil);
            assertThat(page.path("details").path("cases").asInt()).isEqualTo(2);
            assertThat(page.path("caseType").asText()).isEqualTo("INCIDENT");
            assertThat(page.path("settingId").asText()).isEqualTo(SETTING_A);
            // another setting's lead sees nothing of these cases' trails
            assertThat(auditOf(DSL_B, caseId)).isEmpty();
        }
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    void theDeadlineBoardIsInTheTrailOfEachCaseItShowed() {
        String incident = cases.logCase(DSL_A, caseBody());
        String complaint = api.post(DSL_A, "/api/complaints", Map.of("channel", "EMAIL", "complainant", "A Parent",
                "summary", "Homework policy")).json().path("id").asText();
        String hrCase = api.post(HR, "/api/disciplinary-cases", Map.of("settingId", SETTING_A, "employeeName",
                "Casey Clerk", "teacher", false, "concernsHarmToChildren", false, "allegation", "A post.")).json()
                .path("id").asText();
        cases.awaitDeadline(HEAD_A, incident, "FIRST_RESPONSE", null);
        cases.awaitGet(HEAD_A, "/api/deadlines?caseId=" + complaint, r -> r.status() == 200 && !r.json().isEmpty(),
                "the complaint's deadlines");

        Set<String> shown = new LinkedHashSet<>(api.get(HEAD_A, "/api/deadlines").json().findValuesAsText("caseId"));
        assertThat(shown).contains(incident, complaint);
        for (String caseId : shown) {
            assertThat(found(auditOf(HEAD_A, caseId), HEAD_A, "GET /api/deadlines")).as("board read in %s", caseId)
                    .isNotNull();
        }

        // the page, filtered to incidents: in the trail of the incidents it showed, not of the complaint
        Browser dsl = signedIn(DSL_A);
        assertThat(dsl.get("/deadlines?caseType=INCIDENT").statusCode()).isEqualTo(200);
        assertThat(found(auditOf(DSL_A, incident), DSL_A, "GET /deadlines")).isNotNull();
        assertThat(found(auditOf(DSL_A, complaint), DSL_A, "GET /deadlines")).isNull();
        assertThat(dsl.get("/deadlines").statusCode()).isEqualTo(200);
        assertThat(found(auditOf(DSL_A, complaint), DSL_A, "GET /deadlines")).isNotNull();
        // an HR case's trail is not a DSL's to read, whatever the board's reads
        assertThat(auditOf(DSL_A, hrCase)).isEmpty();
        assertThat(auditOf(DSL_B, incident)).isEmpty();
        assertThat(auditLog.verify().valid()).isTrue();
    }

    /** The READ entries of a case's trail as {@code reader} may see them, newest first. */
    private JsonNode auditOf(String reader, String caseId) {
        Reply reply = api.get(reader, "/api/audit?kind=READ&size=100&caseId=" + caseId);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json().path("items");
    }

    private static JsonNode found(JsonNode entries, String actor, String what) {
        for (JsonNode e : entries) {
            if (actor.equals(e.path("actor").asText()) && what.equals(e.path("what").asText())) {
                return e;
            }
        }
        return null;
    }

    private Browser signedIn(String user) {
        Browser browser = new Browser("http://localhost:" + port);
        assertThat(browser.signIn(user, PASSWORD).statusCode()).isEqualTo(302);
        return browser;
    }
}
