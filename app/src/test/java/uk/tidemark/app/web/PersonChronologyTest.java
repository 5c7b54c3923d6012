package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * A person's chronology spans the cases that name them: the second case names the person by the id the first
 * gave them. Only the cases the caller may work on count, and a person named elsewhere only is a 404.
 */
@RunningApp
class PersonChronologyTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    uk.tidemark.app.fixture.AuditFixture audit;

    @Test
    void aPersonNamedOnTwoCasesHasOneChronologyAcrossBoth() {
        JsonNode first = cases.logAndAwait(caseBody());
        String pupil = first.path("people").path(0).path("personId").asText();
        assertThat(first.path("people").path(0).path("name").asText()).isEqualTo("Pupil One");

        Map<String, Object> again = caseBody();
        again.put("category", "OFFENSIVE_CONTENT");
        again.put("people", List.of(Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET",
                "personId", pupil)));
        String second = cases.logCase(DSL_A, again);
        cases.awaitVersion(DSL_A, second, 0);
        assertThat(api.post(DSL_A, "/api/incidents/" + second + "/notes", Map.of("text", "Spoke to the pupil's parents"))
                .status()).isEqualTo(201);

        JsonNode chronology = cases.awaitGet(DSL_A, "/api/people/" + pupil + "/chronology",
                r -> r.status() == 200 && r.json().path("entries").size() >= 3, "the person's chronology");
        assertThat(chronology.path("name").asText()).isEqualTo("Pupil One");
        assertThat(chronology.path("cases").findValuesAsText("incidentId"))
                .containsExactly(first.path("id").asText(), second);
        assertThat(chronology.path("entries").findValuesAsText("type"))
                .containsExactly("INCIDENT_LOGGED", "INCIDENT_LOGGED", "NOTE_ADDED");
        assertThat(chronology.path("entries").path(2).path("incidentId").asText()).isEqualTo(second);

        // another setting's lead, the reporter, HR: nothing, and the same 404 as an unknown person
        JsonNode hidden = assertProblem(api.get(DSL_B, "/api/people/" + pupil + "/chronology"), 404);
        JsonNode unknown = assertProblem(api.get(DSL_A, "/api/people/no-such-person/chronology"), 404);
        assertThat(hidden.path("detail")).isEqualTo(unknown.path("detail"));
        assertProblem(api.get(STAFF_A, "/api/people/" + pupil + "/chronology"), 403);
        assertProblem(api.get(HR, "/api/people/" + pupil + "/chronology"), 403);
    }

    @Test
    void onlyAPersonYouCanSeeCanBeNamedByIdAndChangesNothingOtherwise() {
        String pupil = cases.logAndAwait(caseBody()).path("people").path(0).path("personId").asText();
        long events = cases.storedEventCount();
        Map<String, Object> body = caseBody();
        body.put("people", List.of(Map.of("name", "Someone", "role", "PUPIL", "involvement", "TARGET",
                "personId", pupil)));
        // B's lead cannot name A's pupil; neither can the reporter, who sees no case; nor a made-up id
        assertThat(assertProblem(api.post(DSL_B, "/api/incidents", body), 400).toString())
                .contains("people[0].personId");
        assertThat(assertProblem(api.post(STAFF_A, "/api/incidents", body), 400).toString())
                .contains("people[0].personId");
        body.put("people", List.of(Map.of("name", "Someone", "role", "PUPIL", "involvement", "TARGET",
                "personId", "made-up")));
        assertThat(assertProblem(api.post(DSL_A, "/api/incidents", body), 400).toString())
                .contains("people[0].personId");
        // the same person twice on one case
        body.put("people", List.of(
                Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET", "personId", pupil),
                Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "WITNESS", "personId", pupil)));
        assertThat(assertProblem(api.post(DSL_A, "/api/incidents", body), 400).toString())
                .contains("people[1].personId");
        assertThat(cases.storedEventCount()).isEqualTo(events);
    }

    @Test
    void aPersonIsFoundByPartOfTheirNameWhateverItsCaseAndAccents() {
        Map<String, Object> body = caseBody();
        body.put("people", List.of(Map.of("name", "Zoë Llewellyn-Ŵyn", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "Carys Evans", "role", "PUPIL", "involvement", "WITNESS")));
        JsonNode first = cases.logAndAwait(body);
        String zoe = first.path("people").path(0).path("personId").asText();
        Map<String, Object> again = caseBody();
        again.put("people", List.of(Map.of("name", "Zoë Llewellyn-Ŵyn", "role", "PUPIL", "involvement", "SUBJECT",
                "personId", zoe)));
        cases.awaitVersion(DSL_A, cases.logCase(DSL_A, again), 0);

        for (String typed : List.of("zoe", "ZOË", "llewellyn-w", "wyn", "Zoe Llew")) {
            JsonNode found = api.get(DSL_A, "/api/people?q=" + java.net.URLEncoder.encode(typed,
                    java.nio.charset.StandardCharsets.UTF_8)).json();
            assertThat(found.findValuesAsText("personId")).as(typed).containsExactly(zoe);
            assertThat(found.get(0).path("name").asText()).isEqualTo("Zoë Llewellyn-Ŵyn");
            assertThat(found.get(0).path("cases").asInt()).isEqualTo(2);
            assertThat(found.get(0).path("lastCaseAt").asText()).isNotBlank();
        }
        // a pattern's own characters are only text
        assertThat(api.get(DSL_A, "/api/people?q=.*").json()).isEmpty();
        // another setting's lead finds nobody; the reporter may not search; a bad query is named
        assertThat(api.get(DSL_B, "/api/people?q=zoe").json()).isEmpty();
        assertProblem(api.get(STAFF_A, "/api/people?q=zoe"), 403);
        assertThat(assertProblem(api.get(DSL_A, "/api/people?q=z&size=500"), 400).path("errors")
                .findValuesAsText("field")).containsExactly("q", "size");
    }

    @Test
    void twoRecordsOfOnePupilMergedShowOneChronologyWithBothCases() {
        Map<String, Object> first = caseBody();
        first.put("people", List.of(Map.of("name", "Dee Pupil", "role", "PUPIL", "involvement", "TARGET")));
        JsonNode one = cases.logAndAwait(first);
        Map<String, Object> second = caseBody();
        second.put("people", List.of(Map.of("name", "Dee Pupill", "role", "PUPIL", "involvement", "TARGET")));
        JsonNode two = cases.logAndAwait(second);
        String survivor = one.path("people").path(0).path("personId").asText();
        String duplicate = two.path("people").path(0).path("personId").asText();

        assertThat(api.post(DSL_A, "/api/people/" + duplicate + "/merge", Map.of("intoPersonId", survivor,
                "reason", "The same pupil; surname misspelt on the second report")).status()).isEqualTo(204);
        JsonNode chronology = cases.awaitGet(DSL_A, "/api/people/" + survivor + "/chronology",
                r -> r.status() == 200 && r.json().path("cases").size() == 2, "the survivor's two cases");
        assertThat(chronology.path("cases").findValuesAsText("incidentId"))
                .containsExactly(one.path("id").asText(), two.path("id").asText());
        // the merged id answers with the survivor
        assertThat(api.get(DSL_A, "/api/people/" + duplicate + "/chronology").json().path("personId").asText())
                .isEqualTo(survivor);
        JsonNode found = api.get(DSL_A, "/api/people?q=dee%20pup").json();
        assertThat(found.findValuesAsText("personId")).containsExactly(survivor);
        assertThat(found.get(0).path("cases").asInt()).isEqualTo(2);
        // a later case naming the merged id names the survivor
        Map<String, Object> third = caseBody();
        third.put("people", List.of(Map.of("name", "Dee Pupil", "role", "PUPIL", "involvement", "WITNESS",
                "personId", duplicate)));
        JsonNode three = cases.logAndAwait(third);
        assertThat(three.path("people").path(0).path("personId").asText()).isEqualTo(survivor);
        cases.awaitGet(DSL_A, "/api/people/" + survivor + "/chronology",
                r -> r.status() == 200 && r.json().path("cases").size() == 3, "the third case on the survivor");

        // merged once; never into itself; with a reason; in the audit trail
        assertThat(assertProblem(api.post(DSL_A, "/api/people/" + duplicate + "/merge", Map.of("intoPersonId",
                survivor, "reason", "Again")), 409).path("detail").asText()).contains("already merged");
        assertProblem(api.post(DSL_A, "/api/people/" + survivor + "/merge", Map.of("intoPersonId", survivor,
                "reason", "r")), 409);
        assertThat(assertProblem(api.post(DSL_A, "/api/people/" + survivor + "/merge", Map.of("intoPersonId",
                "no-such-person")), 400).path("errors").findValuesAsText("field")).containsExactly("reason");
        assertThat(assertProblem(api.post(DSL_A, "/api/people/" + survivor + "/merge", Map.of("intoPersonId",
                "no-such-person", "reason", "r")), 400).path("errors").findValuesAsText("field"))
                .containsExactly("intoPersonId");
        assertProblem(api.post(DSL_B, "/api/people/" + duplicate + "/merge", Map.of("intoPersonId", survivor,
                "reason", "r")), 404);
        assertThat(audit.awaitAudit(1, "kind = 'EVENT' AND what LIKE ?", "%erge%")).isNotEmpty();
    }
}
