package uk.tidemark.app.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.ApiClient.write;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Who sees what. An unknown id, a case of another setting and someone else's report answer the very same 404
 * (never revealing that a case exists); a reporter sees their own case as status only and cannot act on it (403,
 * since they know it exists); trustees and administrators have no case endpoints (403); no credentials, 401.
 */
@RunningApp
class VisibilityTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;

    @Test
    void anUnknownIdAndAnotherSettingsCaseAnswerTheSame404EverywhereAndChangeNothing() {
        JsonNode theCase = cases.logAndAwait(caseBody());
        String id = theCase.path("id").asText();
        String subject = theCase.path("people").get(1).path("personId").asText();
        String unknown = UUID.randomUUID().toString();
        long version = cases.storedVersion(id);

        JsonNode reference = assertProblem(api.get(DSL_A, "/api/incidents/" + unknown), 404);
        for (String[] who : new String[][]{{DSL_A, unknown}, {DSL_B, id}, {DSL_B, unknown}}) {
            String user = who[0];
            String target = who[1];
            assertSame404(reference, api.get(user, "/api/incidents/" + target));
            assertSame404(reference, api.get(user, "/api/incidents/" + target + "/chronology"));
            for (Map.Entry<String, Map<String, Object>> action : everyAction(subject).entrySet()) {
                Reply reply = api.post(user, "/api/incidents/" + target + "/" + action.getKey(), action.getValue());
                assertSame404(reference, reply);
            }
        }
        assertThat(cases.storedVersion(id)).isEqualTo(version);
        assertThat(cases.storedVersion(unknown)).isEqualTo(-1);
    }

    @Test
    void aStaffMemberCannotSeeSomeoneElsesCase() {
        String id = cases.logAndAwait(caseBody()).path("id").asText();
        JsonNode reference = assertProblem(api.get(DSL_A, "/api/incidents/" + UUID.randomUUID()), 404);
        assertSame404(reference, api.get(STAFF_A, "/api/incidents/" + id));
        assertSame404(reference, api.get(STAFF_A, "/api/incidents/" + id + "/chronology"));
        assertSame404(reference, api.post(STAFF_A, "/api/incidents/" + id + "/notes", Map.of("text", "hello")));
        assertThat(ids(api.get(STAFF_A, "/api/incidents?size=100").json())).doesNotContain(id);
    }

    @Test
    void aReporterSeesTheirOwnCaseAsStatusOnlyAndCannotActOnIt() {
        String id = cases.logCase(STAFF_A, caseBody());
        JsonNode full = cases.awaitVersion(DSL_A, id, 0);
        assertThat(full.path("reportedBy").asText()).isEqualTo(STAFF_A);

        Reply mine = api.get(STAFF_A, "/api/incidents/" + id);
        assertThat(mine.status()).isEqualTo(200);
        // and the files they added to it (none here): nothing of the case's own records
        // and what they wrote, in their own words (issue 16: to tell their reports apart)
        assertThat(fieldNames(mine.json())).containsExactlyInAnyOrder("id", "reference", "status", "category", "loggedAt",
                "files", "trustCategory", "summary");
        assertThat(mine.json().path("status").asText()).isEqualTo("OPEN");
        assertThat(mine.header("ETag")).isNull();

        assertProblem(api.get(STAFF_A, "/api/incidents/" + id + "/chronology"), 404);
        long version = cases.storedVersion(id);
        JsonNode refusal = assertProblem(api.post(STAFF_A, "/api/incidents/" + id + "/close",
                Map.of("outcome", "UNFOUNDED", "rationale", "mine")), 403);
        assertThat(refusal.path("detail").asText()).contains("reporter");
        assertProblem(api.post(STAFF_A, "/api/incidents/" + id + "/close",
                Map.of("outcome", "UNFOUNDED", "rationale", "mine")), 403);
        assertThat(cases.storedVersion(id)).isEqualTo(version);
        // but they may add information to their own report, as they may add files (issue 16)
        assertThat(api.post(STAFF_A, "/api/incidents/" + id + "/notes", Map.of("text", "I remembered more")).status())
                .isEqualTo(201);

        JsonNode list = api.get(STAFF_A, "/api/incidents").json();
        assertThat(ids(list)).containsExactly(id);
        assertThat(list.path("total").asLong()).isEqualTo(1);
        assertThat(fieldNames(list.path("items").get(0)))
                .containsExactlyInAnyOrder("id", "reference", "status", "category", "loggedAt", "trustCategory",
                        "summary");
        // a reporter's severity filter is ignored rather than allowed to reveal the severity
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/triage", Map.of("severity", "HIGH", "reason", "r")).status())
                .isEqualTo(204);
        cases.awaitVersion(DSL_A, id, 1);
        assertThat(ids(api.get(STAFF_A, "/api/incidents?severity=LOW").json())).containsExactly(id);
        // nor may the stage filter reveal that the case was escalated or referred
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/referrals",
                Map.of("agency", "CHILDRENS_SOCIAL_CARE", "reason", "r")).status()).isEqualTo(201);
        cases.awaitVersion(DSL_A, id, 2);
        assertThat(ids(api.get(STAFF_A, "/api/incidents?stage=NEW").json())).containsExactly(id);
    }

    @Test
    void aBlankIdAnswersTheSame404AsAnUnknownOne() {
        String id = cases.logAndAwait(caseBody()).path("id").asText();
        JsonNode reference = assertProblem(api.get(DSL_A, "/api/incidents/" + UUID.randomUUID()), 404);
        assertSame404(reference, api.get(DSL_A, "/api/incidents/%20"));
        assertSame404(reference, api.get(DSL_A, "/api/incidents/%20/chronology"));
        assertSame404(reference, api.post(DSL_A, "/api/incidents/" + id + "/warnings/%20/response",
                Map.of("response", "COMPLIED")));
    }

    @Test
    void caseWorkersListTheirSettingsCasesInFull() {
        String ofA = cases.logAndAwait(caseBody()).path("id").asText();
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("category", "DEFAMATION");
        String ofB = cases.logCase(DSL_B, body);
        cases.awaitVersion(DSL_B, ofB, 0);

        JsonNode listA = api.get(DSL_A, "/api/incidents?size=100").json();
        assertThat(ids(listA)).contains(ofA).doesNotContain(ofB);
        assertThat(listA.path("items").get(0).has("summary")).isTrue();
        assertThat(listA.path("size").asInt()).isEqualTo(100);
        assertThat(ids(api.get(DSL_B, "/api/incidents").json())).contains(ofB).doesNotContain(ofA);
        assertThat(ids(api.get(DSL_AB, "/api/incidents?size=100").json())).contains(ofA, ofB);
        assertThat(ids(api.get(DSL_AB, "/api/incidents?category=DEFAMATION&size=100").json())).contains(ofB)
                .doesNotContain(ofA);
        assertThat(ids(api.get(DSL_AB, "/api/incidents?settingId=" + SETTING_A + "&size=100").json())).contains(ofA)
                .doesNotContain(ofB);
        // a setting outside one's scope filters to nothing rather than widening the scope
        assertThat(api.get(DSL_A, "/api/incidents?settingId=" + SETTING_B).json().path("total").asLong()).isZero();

        JsonNode firstPage = api.get(DSL_AB, "/api/incidents?size=1&page=0").json();
        assertThat(firstPage.path("items")).hasSize(1);
        assertThat(firstPage.path("total").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void trusteesAndAdministratorsHaveNoCaseEndpoints() {
        String id = cases.logAndAwait(caseBody()).path("id").asText();
        for (String user : List.of(TRUSTEE, ADMIN)) {
            assertProblem(api.get(user, "/api/incidents"), 403);
            assertProblem(api.get(user, "/api/incidents/" + id), 403);
            assertProblem(api.get(user, "/api/incidents/" + id + "/chronology"), 403);
            assertProblem(api.post(user, "/api/incidents", caseBody()), 403);
            assertProblem(api.post(user, "/api/incidents/" + id + "/notes", Map.of("text", "t")), 403);
        }
    }

    @Test
    void withoutCredentialsTheAnswerIs401() {
        Reply anonymous = api.send(null, "GET", "/api/incidents", null, null, null);
        assertProblem(anonymous, 401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertProblem(api.send(null, "POST", "/api/incidents", write(caseBody()), null, "application/json"), 401);
        // the user name then carries a colon, so the password sent is not the right one
        Reply wrongPassword = api.send("dsl-a:wrong", "GET", "/api/incidents", null, null, null);
        assertProblem(wrongPassword, 401);
    }

    private static Map<String, Map<String, Object>> everyAction(String personId) {
        Map<String, Map<String, Object>> actions = new LinkedHashMap<>();
        actions.put("triage", Map.of("severity", "LOW", "reason", "r"));
        actions.put("assign", Map.of("ownerId", DEPUTY_A));
        actions.put("content-actions", Map.of("action", "POST_DELETED"));
        actions.put("notes", Map.of("text", "n"));
        actions.put("evidence", Map.of("description", "d", "sha256", SHA,
                "capturedAt", Instant.now().minusSeconds(60).toString()));
        actions.put("warnings", Map.of("personId", personId, "kind", "VERBAL", "channel", "MEETING", "text", "t"));
        actions.put("warnings/" + UUID.randomUUID() + "/response", Map.of("response", "COMPLIED"));
        actions.put("police-escalation", Map.of("reason", "HARASSMENT", "force", "Met"));
        actions.put("police-updates", Map.of("status", "s", "note", "n"));
        actions.put("referrals", Map.of("agency", "LADO", "reason", "r"));
        actions.put("close", Map.of("outcome", "UNFOUNDED", "rationale", "r"));
        actions.put("reopen", Map.of("reason", "r"));
        return actions;
    }

    private static void assertSame404(JsonNode reference, Reply reply) {
        JsonNode problem = assertProblem(reply, 404);
        assertThat(problem.path("detail").asText()).isEqualTo(reference.path("detail").asText());
        assertThat(problem.path("title").asText()).isEqualTo(reference.path("title").asText());
        assertThat(fieldNames(problem)).isEqualTo(fieldNames(reference));
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
