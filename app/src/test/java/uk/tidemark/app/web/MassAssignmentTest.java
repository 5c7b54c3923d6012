package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RidesSessions;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.CaseEndpoints.Endpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Mass assignment: every POST that creates or changes a case (incidents, disciplinary cases, complaints and all
 * their actions), sent by someone who may use it with a valid body plus one property that is not theirs to set
 * (the status, the stage, the reporter, the owner, the version, the id, the actor, a setting of another trust, ...),
 * is refused with 400 naming that property, and stores nothing.
 */
@RunningApp
@RidesSessions
class MassAssignmentTest {

    /** Properties the server sets, never the client, with a value someone might try. */
    private static final Map<String, Object> PRIVILEGED = privileged();

    private static Map<String, Object> privileged() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("status", "CLOSED");
        p.put("stage", "CLOSED");
        p.put("reporter", DSL_B);
        p.put("reportedBy", DSL_B);
        p.put("ownerId", DSL_B);
        p.put("version", 99);
        p.put("id", "chosen-by-the-client");
        p.put("actor", DSL_B);
        p.put("openedBy", DSL_B);
        p.put("receivedBy", DSL_B);
        p.put("linkedIncidentId", "another-case");
        p.put("settingId", "setting-c");
        return p;
    }

    /**
     * Allowed on some endpoints, but never with these values: an owner who cannot work on the case, a setting of
     * another trust.
     */
    private static final List<String> OWNER_OR_SETTING = List.of("ownerId", "settingId");

    /** Where each case type's actions are sent from: someone who may act on that case. */
    private static final Map<String, String> ACTOR = Map.of(CaseEndpoints.INCIDENTS, DSL_A,
            CaseEndpoints.DISCIPLINARY, HR, CaseEndpoints.COMPLAINTS, DSL_A);

    private static Map<String, Map<String, String>> ids;

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    AccountStore accounts;

    @BeforeEach
    void aCaseOfEachTypeAndAnotherTrust() {
        if (ids != null && accounts.findSetting("setting-c").isPresent()) {
            return;
        }
        accounts.createTrust("trust-2", "Other Trust");
        accounts.createSetting(new Setting("setting-c", "trust-2", "Cedar School"));
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("people", List.of(Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "A Colleague", "role", "STAFF", "involvement", "SUBJECT")));
        JsonNode fresh = cases.logAndAwait(body);
        String incident = fresh.path("id").asText();
        String person = fresh.path("people").get(1).path("personId").asText();
        String hrCase = api.post(HR, "/api/disciplinary-cases", openCase()).json().path("id").asText();
        String complaint = api.post(DSL_A, "/api/complaints", receive()).json().path("id").asText();
        ids = Map.of(CaseEndpoints.INCIDENTS, Map.of("id", incident, "personId", person, "warningId", "w-1",
                        "referralId", "r-1"),
                CaseEndpoints.DISCIPLINARY, Map.of("id", hrCase),
                CaseEndpoints.COMPLAINTS, Map.of("id", complaint));
    }

    @Test
    void everyActionRefusesEveryPrivilegedPropertyByNameAndStoresNothing() {
        int tried = 0;
        for (Endpoint endpoint : CaseEndpoints.all()) {
            if (!endpoint.method().equals("POST")) {
                continue;
            }
            Map<String, String> values = ids.get(endpoint.caseType());
            for (Map.Entry<String, Object> property : PRIVILEGED.entrySet()) {
                Map<String, Object> body = new LinkedHashMap<>(endpoint.body(values));
                if (body.containsKey(property.getKey()) && !OWNER_OR_SETTING.contains(property.getKey())) {
                    continue; // the endpoint's own field of that name (a police update's status)
                }
                body.put(property.getKey(), property.getValue());
                assertRefused(ACTOR.get(endpoint.caseType()), endpoint.path(values), body, property.getKey());
                tried++;
            }
        }
        assertThat(tried).isGreaterThan(400);
    }

    @Test
    void creatingACaseRefusesEveryPrivilegedPropertyAndASettingOfAnotherTrust() {
        Map<String, Map<String, Object>> creates = new LinkedHashMap<>();
        creates.put("/api/incidents", caseBody());
        creates.put("/api/disciplinary-cases", openCase());
        creates.put("/api/complaints", receive());
        for (Map.Entry<String, Map<String, Object>> create : creates.entrySet()) {
            String user = create.getKey().equals("/api/disciplinary-cases") ? HR : DSL_A;
            for (Map.Entry<String, Object> property : PRIVILEGED.entrySet()) {
                Map<String, Object> body = new LinkedHashMap<>(create.getValue());
                body.put(property.getKey(), property.getValue());
                assertRefused(user, create.getKey(), body, property.getKey());
            }
        }
        // and a privileged property of a person on the case
        Map<String, Object> body = caseBody();
        body.put("people", List.of(Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET",
                "personId", "chosen")));
        assertRefused(DSL_A, "/api/incidents", body, "people[0].personId");
    }

    @Test
    void everyUnknownPropertyOfTheObjectIsNamedAtOnce() {
        Map<String, Object> body = caseBody();
        body.put("status", "CLOSED");
        body.put("version", 7);
        body.put("reportedBy", DSL_B);
        JsonNode problem = assertProblem(api.post(STAFF_A, "/api/incidents", body), 400);
        assertThat(fields(problem)).containsExactly("status", "version", "reportedBy");
        assertThat(problem.path("errors").get(0).path("detail").asText())
                .startsWith("is not a field of this request; allowed: category, immediateRisk, links,");
        Map<String, Object> note = new LinkedHashMap<>(Map.of("text", "n", "noteId", "mine", "actor", DSL_B));
        assertThat(fields(assertProblem(api.post(DSL_A, "/api/incidents/" + ids.get(CaseEndpoints.INCIDENTS).get("id")
                + "/notes", note), 400))).containsExactlyInAnyOrder("noteId", "actor");
    }

    /** 400 naming exactly {@code field}, and not one event more in the store. */
    private void assertRefused(String user, String path, Map<String, Object> body, String field) {
        long events = cases.storedEventCount();
        Reply reply = api.post(user, path, body);
        JsonNode problem = assertProblem(reply, 400);
        assertThat(fields(problem)).as("POST %s with %s", path, field).containsExactly(field);
        assertThat(cases.storedEventCount()).as("events after POST %s with %s", path, field).isEqualTo(events);
    }

    private static Map<String, Object> openCase() {
        return new LinkedHashMap<>(Map.of("settingId", SETTING_A, "employeeName", "Casey Clerk", "teacher", false,
                "concernsHarmToChildren", false, "allegation", "Posted about a colleague on a public page."));
    }

    private static Map<String, Object> receive() {
        return new LinkedHashMap<>(Map.of("settingId", SETTING_A, "channel", "LETTER",
                "complainant", "A Neighbour", "summary", "Parking at pick-up time"));
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
