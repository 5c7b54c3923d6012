package uk.tidemark.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.AuditFixture;
import uk.tidemark.app.fixture.AuditFixture.Offline;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.AuditFixture.details;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.CaseFixture.sleep;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The audit trail over HTTP: every event and every read of case data is an entry, with who, what, when and which
 * case, and no case content; {@code GET /api/audit} shows each reader their scope. Sign-ins and denials:
 * {@link AccessAuditTest}.
 */
@RunningApp
class AuditTrailTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    AuditFixture audit;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEventIsAnEntryInTheEventStoresOrderWithItsActorCaseAndSetting() {
        String id = cases.logCase(DSL_A, caseBody());
        cases.awaitVersion(DSL_A, id, 1);
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/triage",
                Map.of("severity", "LOW", "reason", "Unkind but not threatening")).status()).isEqualTo(204);
        List<String> stored = jdbc.queryForList("SELECT payloadType FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "ORDER BY sequenceNumber", String.class, id);
        List<Map<String, Object>> entries = audit.awaitAudit(stored.size(), "kind = 'EVENT' AND case_id = ?", id);

        assertThat(entries).extracting(r -> r.get("what"))
                .containsExactlyElementsOf(stored.stream().map(t -> t.substring(t.lastIndexOf('.') + 1)).toList());
        assertThat(entries.get(0).get("what")).isEqualTo("IncidentLogged");
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> e = entries.get(i);
            assertThat(e.get("actor")).isEqualTo(DSL_A);
            assertThat(e.get("case_type")).isEqualTo("INCIDENT");
            assertThat(e.get("setting_id")).isEqualTo(SETTING_A);
            assertThat(details(e).path("sequence").asLong()).isEqualTo(i);
        }
        // the whole trail's EVENT entries follow the event store's global order
        List<String> inTrail = jdbc.queryForList("SELECT a.event_id FROM tidemark_audit_entry a "
                + "JOIN DomainEventEntry d ON d.eventIdentifier = a.event_id ORDER BY a.pos", String.class);
        List<String> inStore = jdbc.queryForList("SELECT d.eventIdentifier FROM tidemark_audit_entry a "
                + "JOIN DomainEventEntry d ON d.eventIdentifier = a.event_id ORDER BY d.globalIndex", String.class);
        assertThat(inTrail).isNotEmpty().isEqualTo(inStore);
    }

    @Test
    void everyReadOfCaseDataIsAnEntryWrittenBeforeTheAnswer() {
        String incident = cases.logCase(DSL_A, caseBody());
        String reported = cases.logCase(STAFF_A, caseBody());
        String disciplinary = api.post(HR, "/api/disciplinary-cases", Map.of("settingId", SETTING_A, "employeeName",
                "Casey Clerk", "teacher", false, "concernsHarmToChildren", false, "allegation", "A post.")).json()
                .path("id").asText();
        String complaint = api.post(DSL_A, "/api/complaints", Map.of("channel", "LETTER", "complainant", "A Neighbour",
                "summary", "Parking")).json().path("id").asText();
        cases.awaitVersion(DSL_A, incident, 1);
        cases.awaitVersion(DSL_A, reported, 1);
        cases.awaitGet(HR, "/api/disciplinary-cases/" + disciplinary, r -> r.status() == 200, "the HR case");
        cases.awaitGet(DSL_A, "/api/complaints/" + complaint, r -> r.status() == 200, "the complaint");
        cases.awaitDeadline(DSL_A, incident, "FIRST_RESPONSE", null);

        record Read(String user, String path, String what, String caseId, String caseType, String settingId) {
        }
        for (Read read : List.of(
                new Read(DSL_A, "/api/incidents/" + incident, "GET /api/incidents/{id}", incident, "INCIDENT", SETTING_A),
                new Read(DSL_A, "/api/incidents/" + incident + "/chronology", "GET /api/incidents/{id}/chronology",
                        incident, "INCIDENT", SETTING_A),
                new Read(STAFF_A, "/api/incidents/" + reported, "GET /api/incidents/{id}", reported, "INCIDENT",
                        SETTING_A),
                new Read(DSL_A, "/api/incidents?size=5", "GET /api/incidents", null, null, null),
                new Read(HR, "/api/disciplinary-cases/" + disciplinary, "GET /api/disciplinary-cases/{id}", disciplinary,
                        "DISCIPLINARY", SETTING_A),
                new Read(HR, "/api/disciplinary-cases", "GET /api/disciplinary-cases", null, null, null),
                new Read(HEAD_A, "/api/hr-register", "GET /api/hr-register", null, null, null),
                new Read(DSL_A, "/api/complaints/" + complaint, "GET /api/complaints/{id}", complaint, "COMPLAINT",
                        SETTING_A),
                new Read(DSL_A, "/api/complaints", "GET /api/complaints", null, null, null),
                // a read of several cases is an entry per case shown (ReadsOfManyCasesAuditTest): here, one
                new Read(DSL_A, "/api/deadlines?caseId=" + incident, "GET /api/deadlines", incident, "INCIDENT",
                        SETTING_A))) {
            long before = audit.reads();
            Reply reply = api.get(read.user(), read.path());
            assertThat(reply.status()).as(read.path()).isEqualTo(200);
            // no waiting: the entry was committed before the answer was sent
            assertThat(audit.reads()).as("READ entries after " + read.path()).isEqualTo(before + 1);
            Map<String, Object> entry = audit.auditRows("kind = 'READ'").get((int) before);
            assertThat(entry.get("actor")).isEqualTo(read.user());
            assertThat(entry.get("what")).isEqualTo(read.what());
            assertThat(entry.get("case_id")).isEqualTo(read.caseId());
            assertThat(entry.get("case_type")).isEqualTo(read.caseType());
            assertThat(entry.get("setting_id")).isEqualTo(read.settingId());
        }
        assertThat(details(audit.auditRows("kind = 'READ' AND actor = ? AND case_id = ?", STAFF_A, reported).get(0))
                .path("view").asText()).isEqualTo("REPORTER");
    }

    /** Pages in a case-data package that show only an empty form: no case is read, so none is audited. */
    private static final List<String> BLANK_FORMS = List.of("/concerns/new", "/hr/cases/new", "/complaints/new",
            // the trust's own category names (decision 0041): configuration, nothing of any case or person
            "/api/categories");

    @Test
    void everyEndpointThatReadsCaseDataIsMarkedSoItsAuditIsEnforced() {
        List<String> unmarked = new ArrayList<>();
        int marked = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> m : mappings.getHandlerMethods().entrySet()) {
            String pkg = m.getValue().getBeanType().getPackageName();
            boolean caseData = pkg.startsWith("uk.tidemark.app.web.incident") || pkg.startsWith("uk.tidemark.app.web.disciplinary")
                    || pkg.startsWith("uk.tidemark.app.web.complaint") || pkg.startsWith("uk.tidemark.app.web.deadline");
            if (caseData && m.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET)
                    && !BLANK_FORMS.containsAll(m.getKey().getPatternValues())) {
                if (m.getValue().hasMethodAnnotation(CaseDataRead.class)) {
                    marked++;
                } else {
                    unmarked.add(m.getKey().toString());
                }
            }
        }
        assertThat(unmarked).as("GET endpoints of case data without @CaseDataRead").isEmpty();
        assertThat(marked).as("the case-data reads found").isGreaterThanOrEqualTo(9);
    }

    @Test
    void theAuditEndpointShowsEachReaderTheEntriesOfTheirCasesAndTheirOwnSignIns() {
        String inA = cases.logCase(DSL_A, caseBody());
        String inB = cases.logCase(DSL_B, caseBody());
        String hrInA = api.post(HR, "/api/disciplinary-cases", Map.of("settingId", SETTING_A, "employeeName",
                "Casey Clerk", "teacher", false, "concernsHarmToChildren", false, "allegation", "A post.")).json()
                .path("id").asText();
        cases.awaitVersion(DSL_A, inA, 1);
        cases.awaitVersion(DSL_B, inB, 1);
        audit.awaitAudit(1, "kind = 'EVENT' AND case_id = ?", hrInA);
        api.get(DSL_B, "/api/incidents/" + inA); // a denial in A's trail, by B's DSL

        JsonNode a = api.get(DSL_A, "/api/audit?caseId=" + inA + "&size=100").json();
        assertThat(a.path("total").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(a.path("items").findValuesAsText("kind")).contains("EVENT", "READ", "ACCESS_DENIED");
        assertThat(api.get(DSL_A, "/api/audit?caseId=" + inB).json().path("total").asLong()).isZero();
        assertThat(api.get(DSL_B, "/api/audit?caseId=" + inB).json().path("total").asLong()).isPositive();
        // a DSL does not see the HR case; the head of its setting does
        assertThat(api.get(DSL_A, "/api/audit?caseId=" + hrInA).json().path("total").asLong()).isZero();
        assertThat(api.get(HEAD_A, "/api/audit?caseId=" + hrInA).json().path("total").asLong()).isPositive();
        // everything a DSL sees is of their cases, or their own sign-ins
        for (JsonNode item : api.get(DSL_A, "/api/audit?size=100").json().path("items")) {
            boolean ownSignIn = item.path("kind").asText().startsWith("SIGN_IN") && item.path("actor").asText().equals(DSL_A);
            boolean theirCase = item.path("settingId").asText().equals(SETTING_A)
                    && List.of("INCIDENT", "COMPLAINT").contains(item.path("caseType").asText());
            assertThat(ownSignIn || theirCase).as("%s", item).isTrue();
        }
        // administrators see everything, others' sign-ins included
        JsonNode all = api.get(ADMIN, "/api/audit?actor=" + DSL_B + "&size=100").json();
        assertThat(all.path("items").findValuesAsText("kind")).contains("SIGN_IN", "EVENT", "ACCESS_DENIED");
        assertThat(all.path("items").findValuesAsText("actor")).containsOnly(DSL_B);
        // no one else
        for (String user : List.of(HR, STAFF_A, TRUSTEE)) {
            assertProblem(api.get(user, "/api/audit"), 403);
            assertProblem(api.get(user, "/api/audit/verify"), 403);
        }
    }

    @Test
    void theAuditListIsNewestFirstPagedAndFilteredByTime() {
        String id = cases.logCase(DSL_A, caseBody());
        audit.awaitAudit(2, "kind = 'EVENT' AND case_id = ?", id);
        // a window that ends now: the admin's own sign-ins while paging do not shift the pages
        Instant now = Instant.now();
        sleep(5);
        JsonNode first = api.get(ADMIN, "/api/audit?size=3&to=" + now).json();
        JsonNode second = api.get(ADMIN, "/api/audit?size=3&page=1&to=" + now).json();
        List<Long> positions = new ArrayList<>();
        first.path("items").forEach(i -> positions.add(i.path("position").asLong()));
        second.path("items").forEach(i -> positions.add(i.path("position").asLong()));
        assertThat(positions).hasSize(6).isSortedAccordingTo((x, y) -> Long.compare(y, x)).doesNotHaveDuplicates();
        assertThat(first.path("size").asInt()).isEqualTo(3);
        assertThat(first.path("page").asInt()).isZero();
        JsonNode item = first.path("items").get(0);
        assertThat(item.path("hash").asText()).hasSize(64);
        assertThat(item.path("prevHash").asText()).hasSize(64);
        assertThat(item.path("details").isObject()).isTrue();

        Instant future = Instant.now().plusSeconds(3600);
        assertThat(api.get(ADMIN, "/api/audit?from=" + future).json().path("total").asLong()).isZero();
        assertThat(api.get(ADMIN, "/api/audit?to=2000-01-01T00:00:00Z").json().path("total").asLong()).isZero();
        assertThat(api.get(ADMIN, "/api/audit?from=2000-01-01T00:00:00Z&to=" + future).json().path("total").asLong())
                .isPositive();
        assertThat(assertProblem(api.get(ADMIN, "/api/audit?size=0&page=-1"), 400).path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("size", "page");
        assertThat(assertProblem(api.get(ADMIN, "/api/audit?from=" + future + "&to=" + Instant.now()), 400).toString())
                .contains("\"to\"");
        assertThat(assertProblem(api.get(ADMIN, "/api/audit?from=yesterday"), 400).toString()).contains("from");
    }

    @Test
    void theTrailHoldsNoCaseContent() {
        String id = cases.logCase(DSL_A, caseBody());
        cases.awaitVersion(DSL_A, id, 1);
        api.post(DSL_A, "/api/incidents/" + id + "/notes", Map.of("text", "Canary note text 7431"));
        api.post(DSL_A, "/api/complaints", Map.of("channel", "LETTER", "complainant", "Canary Complainant",
                "summary", "Canary complaint summary"));
        api.post(HR, "/api/disciplinary-cases", Map.of("settingId", SETTING_A, "employeeName", "Canary Employee",
                "teacher", false, "concernsHarmToChildren", false, "allegation", "Canary allegation"));
        cases.awaitChronology(DSL_A, id, 2);
        audit.awaitAudit(1, "what = 'DisciplinaryCaseOpened'");
        String dump = String.valueOf(jdbc.queryForList("SELECT * FROM tidemark_audit_entry"));
        assertThat(dump).contains(id).doesNotContain("Canary", "Pupil One", "Account Holder", "Year 8",
                "instagram.example", PASSWORD);
    }

    @Test
    void theVerifyEndpointFindsTheUntouchedChainValid() {
        cases.logCase(DSL_A, caseBody());
        JsonNode verified = api.get(ADMIN, "/api/audit/verify").json();
        assertThat(verified.path("valid").asBoolean()).isTrue();
        assertThat(verified.path("firstInvalid").isNull()).isTrue();
        assertThat(verified.path("entries").asLong()).isPositive();
        assertThat(verified.path("lastHash").asText()).hasSize(64);
        assertThat(api.get(DSL_A, "/api/audit/verify").json().path("valid").asBoolean()).isTrue();
        Offline offline = audit.verifyOffline();
        assertThat(offline.status()).as(offline.out()).isZero();
        assertThat(offline.out()).startsWith("VALID: ");
    }

    @Test
    void theAuditProcessorCannotBeRebuiltAndTheEndpointsAreDescribed() {
        assertThat(api.get(ADMIN, "/api/admin/projections").json().findValuesAsText("name")).contains("audit");
        assertProblem(api.post(ADMIN, "/api/admin/projections/audit/rebuild", Map.of()), 404);
        JsonNode paths = api.send(null, "GET", "/v3/api-docs", null, null, null).json().path("paths");
        assertThat(paths.path("/api/audit").has("get")).isTrue();
        assertThat(paths.path("/api/audit/verify").has("get")).isTrue();
    }

}
