package uk.tidemark.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.AuditFixture;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.fixture.Session;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The read audit fails closed: when the audit trail cannot take an entry, every read of case data answers 500 with
 * a problem detail and none of the data. Denials still answer as denials (a hidden case must keep answering the
 * same 404 as an unknown one).
 */
@RunningApp
class ReadAuditFailClosedTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    AuditFixture audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog auditLog;

    @Autowired
    MeterRegistry meters;

    private String incident;
    private String hrCase;
    private String complaint;

    @BeforeEach
    void cases() {
        if (incident != null) {
            return;
        }
        incident = cases.logCase(DSL_A, caseBody());
        hrCase = api.post(HR, "/api/disciplinary-cases", Map.of("settingId", SETTING_A, "employeeName", "Casey Clerk",
                "teacher", false, "concernsHarmToChildren", false, "allegation", "A post about a colleague."))
                .json().path("id").asText();
        complaint = api.post(DSL_A, "/api/complaints", Map.of("channel", "EMAIL", "complainant", "A Parent",
                "summary", "Homework policy")).json().path("id").asText();
        cases.awaitVersion(DSL_A, incident, 1);
        cases.awaitGet(HR, "/api/disciplinary-cases/" + hrCase, r -> r.status() == 200, "the HR case");
        cases.awaitGet(DSL_A, "/api/complaints/" + complaint, r -> r.status() == 200, "the complaint");
    }

    @Test
    void whenReadEntriesAreRefusedEveryReadAnswers500WithoutTheData() {
        Map<String, Session> sessions = Map.of(DSL_A, api.session(DSL_A), HEAD_A, api.session(HEAD_A), DSL_B, api.session(DSL_B));
        assertThat(sessions.get(DSL_A).get("/api/incidents/" + incident).status()).isEqualTo(200);
        // every READ insert now fails, in the database itself; the other kinds still go in
        jdbc.execute("ALTER TABLE tidemark_audit_entry ADD CONSTRAINT ck_test_no_reads CHECK (kind <> 'READ') NOCHECK");
        long reads = audit.reads();
        double failedBefore = failedReads();
        try {
            for (String[] read : caseReads()) {
                Reply reply = sessions.get(read[0]).get(read[1]);
                JsonNode problem = assertProblem(reply, 500);
                assertThat(problem.path("detail").asText()).contains("audit trail");
                assertThat(reply.raw().body()).as(read[1])
                        .doesNotContain("Pupil One", "Year 8", "Casey", "Homework", "\"items\"", "\"people\"");
            }
            assertThat(audit.reads()).isEqualTo(reads);
            // issue 13: each refused entry is counted, for the TidemarkAuditAppendFailures alert
            assertThat(failedReads()).isGreaterThanOrEqualTo(failedBefore + caseReads().size());
            // a denial is still a denial, the same 404 as for an unknown id
            assertProblem(sessions.get(DSL_B).get("/api/incidents/" + incident), 404);
            assertThat(audit.auditRows("kind = 'ACCESS_DENIED' AND actor = ? AND case_id = ?", DSL_B, incident)).hasSize(1);
        } finally {
            jdbc.execute("ALTER TABLE tidemark_audit_entry DROP CONSTRAINT ck_test_no_reads");
        }
        assertThat(sessions.get(DSL_A).get("/api/incidents/" + incident).status()).isEqualTo(200);
        assertThat(audit.reads()).isEqualTo(reads + 1);
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    void withTheAuditTableGoneReadsAndSignInsFailAndNothingLeaks() {
        Session signedIn = api.session(DSL_A);
        jdbc.execute("ALTER TABLE tidemark_audit_entry RENAME TO tidemark_audit_entry_away");
        try {
            JsonNode problem = assertProblem(signedIn.get("/api/incidents/" + incident), 500);
            assertThat(problem.toString()).doesNotContain("Pupil One", "people");
            assertProblem(signedIn.get("/api/incidents?size=5"), 500);
            // a new sign-in cannot be recorded, so it does not happen; a wrong password is still a 401
            Reply fresh = api.get(DEPUTY_A, "/api/incidents/" + incident);
            assertThat(fresh.status()).isEqualTo(500);
            assertThat(fresh.raw().body()).doesNotContain("Pupil One", "people");
            assertThat(api.send(null, "GET", "/api/me", null, null, null).status()).isEqualTo(401);
        } finally {
            jdbc.execute("ALTER TABLE tidemark_audit_entry_away RENAME TO tidemark_audit_entry");
        }
        assertThat(signedIn.get("/api/incidents/" + incident).status()).isEqualTo(200);
        assertThat(api.get(DEPUTY_A, "/api/incidents/" + incident).status()).isEqualTo(200);
        assertThat(auditLog.verify().valid()).isTrue();
    }

    /** tidemark_audit_append_failures_total{kind="READ"}. */
    private double failedReads() {
        return meters.get("tidemark.audit.append.failures").tag("kind", "READ").counter().count();
    }

    private List<String[]> caseReads() {
        return List.of(
                new String[]{DSL_A, "/api/incidents/" + incident},
                new String[]{DSL_A, "/api/incidents/" + incident + "/chronology"},
                new String[]{DSL_A, "/api/incidents"},
                new String[]{DSL_A, "/api/complaints/" + complaint},
                new String[]{DSL_A, "/api/complaints"},
                new String[]{DSL_A, "/api/deadlines"},
                new String[]{HEAD_A, "/api/disciplinary-cases/" + hrCase},
                new String[]{HEAD_A, "/api/disciplinary-cases"},
                new String[]{HEAD_A, "/api/hr-register"});
    }
}
