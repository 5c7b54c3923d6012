package uk.tidemark.app.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RidesSessions;
import uk.tidemark.app.fixture.RunningApp;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Each role's view of a case, walked field by field: every path in the JSON (nested objects and list items
 * included) is one of the fields that role's view is meant to carry, so a field added to a read model cannot reach
 * a role by accident. The reporter's view carries nothing a safeguarding lead's does not also need to show a
 * reporter; the DSL's view of a linked HR case is its stage and outcome; the HR detail stays with HR and the head.
 */
@RunningApp
@RidesSessions
class RoleViewsTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String HR_ONLY = "Findings only HR may read";

    /**
     * The reporter's view: status only (BRIEF.md "Who uses it"), and the words they wrote, so that they can tell
     * their reports apart (issue 16, decision 0048).
     */
    private static final Set<String> REPORTER = Set.of("id", "reference", "status", "category", "loggedAt",
            "trustCategory.id", "trustCategory.name", "summary");

    /** A safeguarding lead's view of the case, every part of it filled in. */
    private static final Set<String> CASE_WORKER = Set.of("id", "reference", "settingId", "status", "stage", "category",
            "platform", "occurredAt", "loggedAt", "reportedBy", "summary", "links[]", "immediateRisk", "severity",
            "triageReason", "allegationRoute", "ownerId",
            "people[].personId", "people[].name", "people[].role", "people[].involvement", "people[].username",
            "warnings[].warningId", "warnings[].personId", "warnings[].kind", "warnings[].channel", "warnings[].text",
            "warnings[].responseDueBy", "warnings[].response", "warnings[].responseNote", "warnings[].issuedAt",
            "warnings[].issuedBy", "warnings[].respondedAt",
            "contentActions[].id", "contentActions[].action", "contentActions[].reference", "contentActions[].note",
            "contentActions[].at", "contentActions[].actor",
            "evidence[].id", "evidence[].description", "evidence[].sha256", "evidence[].capturedAt", "evidence[].url",
            "evidence[].recordedAt", "evidence[].recordedBy",
            "notes[].id", "notes[].text", "notes[].at", "notes[].actor",
            "police.id", "police.reason", "police.force", "police.crimeReference", "police.officer",
            "police.escalatedAt", "police.escalatedBy", "police.updates[].id", "police.updates[].status",
            "police.updates[].note", "police.updates[].crimeReference", "police.updates[].at",
            "police.updates[].actor",
            "referrals[].id", "referrals[].agency", "referrals[].reason", "referrals[].reference", "referrals[].at",
            "referrals[].actor", "referrals[].acknowledgedAt", "referrals[].acknowledgementReference",
            "referrals[].acknowledgementNote",
            "disciplinaryCases[].caseId", "disciplinaryCases[].reference", "disciplinaryCases[].stage", "disciplinaryCases[].outcome",
            "complaints[].complaintId", "complaints[].reference", "complaints[].stage",
            "outcome", "rationale", "closedAt", "updatedAt", "version",
            // evidence kept elsewhere (file null), nothing corrected (asLogged null), no other kind of concern
            "evidence[].file", "asLogged", "secondaryCategories[]", "trustCategory.id", "trustCategory.name");

    /** A row of a safeguarding lead's case list. */
    private static final Set<String> CASE_WORKER_ROW = Set.of("id", "reference", "settingId", "status", "stage", "category",
            "platform", "severity", "ownerId", "reportedBy", "occurredAt", "loggedAt", "updatedAt", "immediateRisk",
            "summary", "trustCategory.id", "trustCategory.name");

    /** received and actorName: a line another installation sent with the case, and who by its name (decision 0057). */
    private static final Set<String> CHRONOLOGY = Set.of("[].at", "[].type", "[].actor", "[].summary", "[].sequence",
            "[].received", "[].actorName");

    /** The problem detail a refusal answers with (the security filters' 403 has no instance): nothing of the case. */
    private static final Set<String> PROBLEM = Set.of("type", "title", "status", "detail", "instance");

    private static String caseId;
    private static String hrCase;

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;

    @BeforeEach
    void aCaseWithEverythingOnIt() {
        if (caseId != null && cases.storedVersion(caseId) >= 0) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("people", List.of(Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "A Colleague", "role", "STAFF", "involvement", "SUBJECT", "username", DEPUTY_A)));
        // one of the trust's own categories (decision 0041): the reporter chose it, so their view carries it too
        body.put("trustCategoryId", api.post(ADMIN, "/api/admin/categories", Map.of("name", "Group chats",
                "under", "CYBERBULLYING", "trustId", "trust-1")).json().path("id").asText());
        caseId = cases.logCase(STAFF_A, body);
        JsonNode fresh = cases.awaitVersion(DSL_A, caseId, 0);
        String staff = fresh.path("people").get(1).path("personId").asText();
        String base = "/api/incidents/" + caseId;
        ok(api.post(DSL_A, base + "/triage", Map.of("severity", "HIGH", "reason", "Staff member named",
                "allegationRoute", "LOW_LEVEL_CONCERN")));
        ok(api.post(DSL_A, base + "/content-actions", Map.of("action", "REPORTED_TO_PLATFORM", "reference", "IG-1",
                "note", "Reported")));
        ok(api.post(DSL_A, base + "/notes", Map.of("text", "Spoke to the form tutor")));
        ok(api.post(DSL_A, base + "/evidence", Map.of("description", "Screenshot", "sha256", SHA,
                "capturedAt", Instant.now().minusSeconds(600).toString(), "url", "https://example.org/p/1")));
        String warning = api.post(DSL_A, base + "/warnings", Map.of("personId", staff, "kind", "WRITTEN",
                "channel", "LETTER", "text", "Please remove the post")).json().path("warningId").asText();
        ok(api.post(DSL_A, base + "/warnings/" + warning + "/response", Map.of("response", "COMPLIED", "note", "Gone")));
        ok(api.post(DSL_A, base + "/police-escalation", Map.of("reason", "HARASSMENT", "force", "Kent Police",
                "crimeReference", "CR-1", "officer", "PC Lee")));
        ok(api.post(DSL_A, base + "/police-updates", Map.of("status", "Investigating", "note", "Visited",
                "crimeReference", "CR-2")));
        String referral = api.post(DSL_A, base + "/referrals", Map.of("agency", "CEOP", "reason", "Images",
                "reference", "C-1")).json().path("id").asText();
        ok(api.post(DSL_A, base + "/referrals/" + referral + "/acknowledgement", Map.of("reference", "ACK",
                "note", "Acknowledged")));
        hrCase = api.post(DSL_A, base + "/disciplinary-referral", Map.of("personId", staff, "teacher", false,
                "concernsHarmToChildren", false, "allegation", "Posted about a pupil")).json().path("id").asText();
        ok(api.post(DSL_A, base + "/complaint-referral", Map.of("channel", "EMAIL", "complainant", "A parent",
                "summary", "About the post")));
        ok(api.post(DSL_A, base + "/close", Map.of("outcome", "DISCIPLINARY_ACTION", "rationale", "Referred to HR")));
        cases.awaitVersion(DSL_A, caseId, cases.storedVersion(caseId));
        cases.awaitGet(HR, "/api/disciplinary-cases/" + hrCase, r -> r.status() == 200, "the HR case");
        ok(api.post(HR, "/api/disciplinary-cases/" + hrCase + "/investigator", Map.of("investigator", "Deputy head")));
        ok(api.post(HR, "/api/disciplinary-cases/" + hrCase + "/findings", Map.of("findings", HR_ONLY)));
        cases.awaitGet(HR, "/api/disciplinary-cases/" + hrCase, r -> r.raw().body().contains(HR_ONLY), "the findings");
        cases.awaitGet(DSL_A, "/api/incidents/" + caseId,
                r -> r.json().path("disciplinaryCases").get(0).path("stage").asText().equals("INVESTIGATION")
                        && !r.json().path("complaints").get(0).path("stage").isNull(), "the linked stages");
    }

    @Test
    void theSafeguardingLeadsViewCarriesTheCaseAndOfTheHrCaseOnlyItsStageAndOutcome() {
        JsonNode view = api.get(DSL_A, "/api/incidents/" + caseId).json();
        assertThat(paths(view)).isEqualTo(new TreeSet<>(CASE_WORKER));
        assertThat(view.toString()).doesNotContain(HR_ONLY, "Deputy head");
        assertThat(paths(api.get(DSL_A, "/api/incidents?size=100").json().path("items"))).isEqualTo(
                prefixed("[].", CASE_WORKER_ROW));
        JsonNode chronology = api.get(DSL_A, "/api/incidents/" + caseId + "/chronology").json();
        assertThat(paths(chronology)).isEqualTo(new TreeSet<>(CHRONOLOGY));
        assertThat(chronology.toString()).doesNotContain(HR_ONLY);
    }

    @Test
    void theReportersViewIsStatusOnlyAndCarriesNoFieldOfTheLeadsView() {
        JsonNode view = api.get(STAFF_A, "/api/incidents/" + caseId).json();
        Set<String> reporterView = new TreeSet<>(REPORTER);
        reporterView.add("files[]"); // the files the reporter added to their report: none here
        assertThat(paths(view)).isEqualTo(reporterView);
        Set<String> leadsOnly = new TreeSet<>(CASE_WORKER);
        leadsOnly.removeAll(REPORTER);
        assertThat(paths(view)).doesNotContainAnyElementsOf(leadsOnly);
        // no files in the list: they are in the case's own view
        assertThat(paths(api.get(STAFF_A, "/api/incidents").json().path("items"))).isEqualTo(prefixed("[].", REPORTER));
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        assertThat(view.toString()).doesNotContain("A Colleague", DEPUTY_A,
                "DISCIPLINARY_ACTION", "Referred to HR");
        assertThat(paths(assertProblem(api.get(STAFF_A, "/api/incidents/" + caseId + "/chronology"), 404)))
                .isEqualTo(new TreeSet<>(PROBLEM));
    }

    @Test
    void theHrDetailIsForHrAndTheHeadteacherAlone() {
        JsonNode hr = api.get(HR, "/api/disciplinary-cases/" + hrCase).json();
        JsonNode head = api.get(HEAD_A, "/api/disciplinary-cases/" + hrCase).json();
        assertThat(hr.path("findings").asText()).isEqualTo(HR_ONLY);
        assertThat(paths(head)).isEqualTo(paths(hr));
        // what the HR record holds of the incident is what the referral carried: no pupil, no summary, no notes
        assertThat(hr.toString()).doesNotContain("Pupil One", "Comments about a Year 8 pupil", "Spoke to the form tutor");
        for (String user : List.of(DSL_A, DEPUTY_A, STAFF_A, TRUSTEE, ADMIN)) {
            Reply refused = api.get(user, "/api/disciplinary-cases/" + hrCase);
            assertThat(PROBLEM).containsAll(paths(assertProblem(refused, 403)));
            assertThat(refused.raw().body()).doesNotContain(HR_ONLY);
        }
    }

    @Test
    void trusteesAndAdministratorsAreShownNoCaseContentAtAll() {
        for (String user : List.of(TRUSTEE, ADMIN)) {
            for (String path : List.of("/api/incidents", "/api/incidents/" + caseId,
                    "/api/incidents/" + caseId + "/chronology", "/api/complaints", "/api/deadlines",
                    "/api/hr-register")) {
                Reply refused = api.get(user, path);
                assertThat(PROBLEM).as("%s as %s", path, user).containsAll(paths(assertProblem(refused, 403)));
            }
            assertThat(api.get(user, "/api/me").status()).isEqualTo(200);
        }
    }

    // ---- the walk ----

    /**
     * Every path in the JSON: {@code police.updates[].note}; a list of values is {@code links[]}; a null or empty
     * value is a leaf, so a part a view leaves empty still shows as a path of that view.
     */
    static Set<String> paths(JsonNode node) {
        Set<String> out = new TreeSet<>();
        walk(node, "", out);
        return out;
    }

    private static void walk(JsonNode node, String at, Set<String> out) {
        if (node.isObject() && node.size() > 0) {
            node.fields().forEachRemaining(f -> walk(f.getValue(), at.isEmpty() ? f.getKey() : at + "." + f.getKey(), out));
        } else if (node.isArray() && node.size() > 0) {
            node.forEach(item -> walk(item, at + "[]", out));
        } else {
            out.add(node.isArray() && !at.isEmpty() ? at + "[]" : at);
        }
    }

    private static Set<String> prefixed(String prefix, Set<String> fields) {
        Set<String> out = new TreeSet<>();
        fields.forEach(f -> out.add(prefix + f));
        return out;
    }

    private static void ok(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isBetween(200, 299);
    }
}
