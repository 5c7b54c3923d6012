package uk.tidemark.app.web.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.AuditFixture;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The case as it stood at a moment, over HTTP (issue 20, decision 0056): between two events it shows the first and not
 * the second, with exactly the reads the audit trail recorded by then; at "now" it equals the live case; before the
 * case existed it is the unknown id's 404; it is for those who see the live case in full; and it is itself audited.
 * Every moment is one the API or the trail gave, never a number written down.
 */
@RunningApp
class PastCaseStoryTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    AuditFixture audit;

    @Test
    void betweenTwoEventsTheFirstShowsNotTheSecondWithTheReadsAuditedByThen() {
        String id = cases.logAndAwait(caseBody()).path("id").asText();
        assertThat(act(DSL_A, id, "/triage", Map.of("severity", "HIGH", "reason", "Assessed"))).isBetween(200, 204);
        cases.awaitVersion(DSL_A, id, cases.storedVersion(id));
        CaseFixture.sleep(5); // the head's read is then after the triage, to the millisecond
        assertThat(api.get(HEAD_A, "/api/incidents/" + id).status()).isEqualTo(200); // read after the triage
        CaseFixture.sleep(5); // the note's time is then after the head's read, to the millisecond
        assertThat(act(DSL_A, id, "/notes", Map.of("text", "Spoke to the pupil"))).isBetween(200, 204);
        cases.awaitVersion(DSL_A, id, cases.storedVersion(id));
        CaseFixture.sleep(5);
        assertThat(api.get(DEPUTY_A, "/api/incidents/" + id).status()).isEqualTo(200); // read after the note

        JsonNode chronology = api.get(DSL_A, "/api/incidents/" + id + "/chronology").json();
        Instant triaged = at(chronology, "INCIDENT_TRIAGED");
        Instant noted = at(chronology, "NOTE_ADDED");
        assertThat(noted).isAfter(triaged);

        JsonNode then = pastCase(DSL_A, id, triaged);
        assertThat(then.path("asOf").asText()).isEqualTo(triaged.toString());
        assertThat(then.path("severity").asText()).isEqualTo("HIGH");
        assertThat(then.path("notes")).isEmpty();
        assertThat(readers(then)).isEqualTo(readsInTrail(id, triaged)).isNotEmpty();
        assertThat(readers(then)).extracting(r -> r.get("user")).doesNotContain(HEAD_A, DEPUTY_A);
        assertThat(then.path("readBy").get(0).path("name").asText()).isNotBlank().isNotEqualTo(DSL_A);
        JsonNode pastChronology = api.get(DSL_A, "/api/incidents/" + id + "/chronology?asOf=" + q(triaged)).json();
        assertThat(pastChronology.path("asOf").asText()).isEqualTo(triaged.toString());
        assertThat(types(pastChronology.path("entries"))).containsExactly("INCIDENT_LOGGED", "INCIDENT_TRIAGED");

        JsonNode later = pastCase(DSL_A, id, noted);
        assertThat(later.path("notes")).hasSize(1);
        assertThat(later.path("notes").get(0).path("text").asText()).isEqualTo("Spoke to the pupil");
        assertThat(readers(later)).isEqualTo(readsInTrail(id, noted));
        assertThat(readers(later)).extracting(r -> r.get("user")).contains(HEAD_A).doesNotContain(DEPUTY_A);

        // the past view is a read of its own, with the moment in the entry's details
        List<Map<String, Object>> past = audit.auditRows("case_id = ? AND kind = 'READ' AND actor = ? "
                + "AND details LIKE ?", id, DSL_A, "%asOf%");
        assertThat(past).extracting(row -> AuditFixture.details(row).path("asOf").asText())
                .contains(triaged.toString(), noted.toString());
    }

    @Test
    void atNowThePastEqualsTheLiveCaseForManyKindsOfEvents() {
        String id = cases.logAndAwait(caseBody()).path("id").asText();
        String personId = cases.awaitVersion(DSL_A, id, 0).path("people").get(0).path("personId").asText();
        assertThat(act(DSL_A, id, "/triage", Map.of("severity", "LOW", "reason", "Assessed"))).isBetween(200, 204);
        assertThat(act(DSL_A, id, "/assign", Map.of("ownerId", DEPUTY_A))).isBetween(200, 204);
        assertThat(act(DSL_A, id, "/content-actions", Map.of("action", "POST_HIDDEN"))).isBetween(200, 204);
        assertThat(act(DSL_A, id, "/notes", Map.of("text", "A note"))).isBetween(200, 204);
        assertThat(act(DSL_A, id, "/warnings", Map.of("personId", personId, "kind", "VERBAL", "channel", "MEETING",
                "text", "Please stop"))).isBetween(200, 204);
        assertThat(act(DSL_A, id, "/police-escalation", Map.of("reason", "HARASSMENT", "force", "Kent Police")))
                .isBetween(200, 204);
        assertThat(act(DSL_A, id, "/police-updates", Map.of("status", "Investigating", "note", "Officer visited")))
                .isBetween(200, 204);
        assertThat(act(DSL_A, id, "/referrals", Map.of("agency", "CEOP", "reason", "Images shared")))
                .isBetween(200, 204);
        assertThat(act(DSL_A, id, "/people", Map.of("name", "Another Pupil", "role", "PUPIL", "involvement",
                "WITNESS", "reason", "Named by the pupil"))).isBetween(200, 204);
        assertThat(act(DSL_A, id, "/people/" + personId + "/correction", Map.of("name", "Pupil Won",
                "reason", "Spelling"))).isBetween(200, 204);
        assertThat(act(DSL_A, id, "/category", Map.of("category", "DEFAMATION", "secondaryCategories",
                List.of("IMAGE_CONSENT_BREACH"), "reason", "It is about the school"))).isBetween(200, 204);
        assertThat(act(DSL_A, id, "/amendment", Map.of("platform", "TIKTOK", "reason", "It was TikTok")))
                .isBetween(200, 204);
        assertThat(act(DSL_A, id, "/close", Map.of("outcome", "NO_FURTHER_ACTION", "rationale", "Resolved")))
                .isBetween(200, 204);
        assertThat(act(DSL_A, id, "/reopen", Map.of("reason", "New posts"))).isBetween(200, 204);
        JsonNode live = cases.awaitVersion(DSL_A, id, cases.storedVersion(id));
        JsonNode liveChronology = api.get(DSL_A, "/api/incidents/" + id + "/chronology").json();
        assertThat(liveChronology.size()).isGreaterThan(14);

        Instant now = Instant.now();
        ObjectNode past = (ObjectNode) pastCase(DSL_A, id, now).deepCopy();
        past.remove(List.of("asOf", "readBy"));
        assertThat(past).isEqualTo(live);
        assertThat(api.get(DSL_A, "/api/incidents/" + id + "/chronology?asOf=" + q(now)).json().path("entries"))
                .isEqualTo(liveChronology);
    }

    @Test
    void beforeTheCaseExistedBadMomentsAndThoseWhoMayNotSeeItNow() {
        Map<String, Object> body = caseBody();
        body.put("people", List.of(Map.of("name", "Dep Uty", "role", "STAFF", "involvement", "SUBJECT",
                "username", DEPUTY_A)));
        String id = cases.logCase(STAFF_A, body); // its reporter sees its status only
        cases.awaitVersion(DSL_A, id, 0);
        Instant logged = at(api.get(DSL_A, "/api/incidents/" + id + "/chronology").json(), "INCIDENT_LOGGED");

        Reply unknown = api.get(DSL_A, "/api/incidents/" + UUID.randomUUID() + "?asOf=" + q(logged));
        Reply before = api.get(DSL_A, "/api/incidents/" + id + "?asOf=" + q(logged.minusMillis(1)));
        assertThat(before.status()).isEqualTo(404);
        assertThat(before.json().path("detail")).isEqualTo(unknown.json().path("detail"));
        assertThat(api.get(DSL_A, "/api/incidents/" + id + "/chronology?asOf=" + q(logged.minusMillis(1))).status())
                .isEqualTo(404);
        assertThat(api.get(DSL_A, "/api/incidents/" + id + "?asOf=" + q(logged)).status()).isEqualTo(200);

        for (String bad : List.of("yesterday", q(Instant.now().plus(1, ChronoUnit.DAYS)))) {
            JsonNode problem = ApiClient.assertProblem(api.get(DSL_A, "/api/incidents/" + id + "?asOf=" + bad), 400);
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("asOf");
            ApiClient.assertProblem(api.get(DSL_A, "/api/incidents/" + id + "/chronology?asOf=" + bad), 400);
        }

        // scope and conflict of interest as for the live case: the subject, another setting's lead, HR, the reporter
        for (String user : List.of(DEPUTY_A, DSL_B, HR, STAFF_A)) {
            assertThat(api.get(user, "/api/incidents/" + id + "?asOf=" + q(logged)).status()).as(user).isEqualTo(404);
            assertThat(api.get(user, "/api/incidents/" + id + "/chronology?asOf=" + q(logged)).status()).as(user)
                    .isIn(403, 404);
        }
        assertThat(api.get(DEPUTY_A, "/api/incidents/" + id).status()).isEqualTo(404);
        assertThat(audit.auditCount("case_id = ? AND kind = 'READ' AND actor IN (?, ?, ?)", id, DEPUTY_A, DSL_B, HR))
                .isZero();
    }

    @Test
    void anErasedCasesPastIsErasedToo() {
        String id = cases.logAndAwait(caseBody()).path("id").asText();
        assertThat(act(DSL_A, id, "/triage", Map.of("severity", "LOW", "reason", "Assessed"))).isBetween(200, 204);
        assertThat(act(DSL_A, id, "/close", Map.of("outcome", "NO_FURTHER_ACTION", "rationale", "Resolved")))
                .isBetween(200, 204);
        cases.awaitVersion(DSL_A, id, cases.storedVersion(id));
        Instant triaged = at(api.get(DSL_A, "/api/incidents/" + id + "/chronology").json(), "INCIDENT_TRIAGED");
        assertThat(pastCase(DSL_A, id, triaged).path("summary").asText()).isEqualTo(caseBody().get("summary"));

        assertThat(act(DSL_A, id, "/destruction", Map.of("reason", "Retention period ended"))).isBetween(200, 204);
        assertThat(act(DEPUTY_A, id, "/destruction/confirmation", Map.of())).isBetween(200, 204);
        JsonNode now = cases.awaitVersion(DSL_A, id, cases.storedVersion(id));
        JsonNode then = pastCase(DSL_A, id, triaged);
        assertThat(then.path("summary").asText()).isNotEqualTo(caseBody().get("summary"))
                .isEqualTo(now.path("summary").asText());
        assertThat(then.path("people").get(0).path("name")).isEqualTo(now.path("people").get(0).path("name"));
        assertThat(then.path("severity").asText()).isEqualTo("LOW"); // what is not personal stays as it was
        assertThat(then.path("status").asText()).isEqualTo("OPEN");
    }

    private int act(String user, String id, String action, Map<String, Object> body) {
        long version = cases.awaitVersion(DSL_A, id, cases.storedVersion(id)).path("version").asLong();
        return api.post(user, "/api/incidents/" + id + action, body, "\"" + version + "\"").status();
    }

    private JsonNode pastCase(String user, String id, Instant moment) {
        Reply reply = api.get(user, "/api/incidents/" + id + "?asOf=" + q(moment));
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.header("ETag")).as("nothing can be done to a past").isNull();
        return reply.json();
    }

    /** The reads of the case the trail holds up to and including the moment, oldest first, as {user, at}. */
    private List<Map<String, String>> readsInTrail(String id, Instant moment) {
        List<Map<String, String>> reads = new ArrayList<>();
        for (Map<String, Object> row : audit.auditRows("case_id = ? AND kind = 'READ'", id)) {
            Instant at = ((OffsetDateTime) row.get("OCCURRED_AT")).toInstant();
            if (!at.isAfter(moment)) {
                reads.add(reader((String) row.get("ACTOR"), at.toString()));
            }
        }
        return reads;
    }

    private static List<Map<String, String>> readers(JsonNode pastCase) {
        List<Map<String, String>> reads = new ArrayList<>();
        pastCase.path("readBy").forEach(r -> reads.add(reader(r.path("user").asText(), r.path("at").asText())));
        return reads;
    }

    private static Map<String, String> reader(String user, String at) {
        Map<String, String> read = new LinkedHashMap<>();
        read.put("user", user);
        read.put("at", Instant.parse(at).toString());
        return read;
    }

    private static Instant at(JsonNode chronology, String type) {
        for (JsonNode entry : chronology) {
            if (entry.path("type").asText().equals(type)) {
                return Instant.parse(entry.path("at").asText());
            }
        }
        throw new AssertionError("no " + type + " in " + chronology);
    }

    private static List<String> types(JsonNode entries) {
        List<String> types = new ArrayList<>();
        entries.forEach(e -> types.add(e.path("type").asText()));
        return types;
    }

    private static String q(Instant moment) {
        return URLEncoder.encode(moment.toString(), StandardCharsets.UTF_8);
    }
}
