package uk.tidemark.app.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.tidemark.app.audit.AuditVerifier;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.AuditFixture;
import uk.tidemark.app.fixture.AuditFixture.Offline;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.fixture.Session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * 1,000 mixed reads of case data over HTTP by several users at once make exactly 1,000 READ entries, while cases
 * are logged (EVENT entries) and the chain is verified, by the endpoint and offline, over and over: it is valid
 * every time, and gapless at the end.
 */
@RunningApp
class ReadAuditCountTest {

    private static final int READS = 1_000;
    private static final int CLIENTS = 8;

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

    record Read(String user, String path) {
    }

    @Test
    void aThousandMixedReadsAreExactlyAThousandReadEntriesAndTheChainStaysValidUnderConcurrentWrites()
            throws Exception {
        String inA = cases.logCase(DSL_A, caseBody());
        String reportedByStaff = cases.logCase(STAFF_A, caseBody());
        String inB = cases.logCase(DSL_B, caseBody());
        String hrCase = api.post(HR, "/api/disciplinary-cases", Map.of("settingId", SETTING_A, "employeeName",
                "Casey Clerk", "teacher", false, "concernsHarmToChildren", false, "allegation", "A post.")).json()
                .path("id").asText();
        String complaint = api.post(DSL_A, "/api/complaints", Map.of("channel", "EMAIL", "complainant", "A Parent",
                "summary", "Homework policy")).json().path("id").asText();
        cases.awaitVersion(DSL_A, inA, 1);
        cases.awaitGet(STAFF_A, "/api/incidents/" + reportedByStaff, r -> r.status() == 200, "the reported case");
        cases.awaitVersion(DSL_B, inB, 1);
        cases.awaitGet(HR, "/api/disciplinary-cases/" + hrCase, r -> r.status() == 200, "the HR case");
        cases.awaitGet(DSL_A, "/api/complaints/" + complaint, r -> r.status() == 200, "the complaint");
        cases.awaitDeadline(DSL_A, inA, "FIRST_RESPONSE", null);

        List<Read> mix = List.of(
                new Read(DSL_A, "/api/incidents/" + inA),
                new Read(DSL_A, "/api/incidents/" + inA + "/chronology"),
                new Read(DSL_A, "/api/incidents?size=10"),
                new Read(DSL_A, "/api/complaints/" + complaint),
                new Read(DSL_A, "/api/complaints"),
                // one case's deadlines: a read of several cases is an entry per case (ReadsOfManyCasesAuditTest)
                new Read(DSL_A, "/api/deadlines?caseId=" + inA),
                new Read(DEPUTY_A, "/api/incidents/" + inA),
                new Read(HEAD_A, "/api/disciplinary-cases/" + hrCase),
                new Read(HEAD_A, "/api/hr-register"),
                new Read(HR, "/api/disciplinary-cases"),
                new Read(DSL_B, "/api/incidents/" + inB),
                new Read(DSL_AB, "/api/incidents/" + inA),
                new Read(DSL_AB, "/api/incidents/" + inB + "/chronology"),
                new Read(STAFF_A, "/api/incidents/" + reportedByStaff),
                new Read(STAFF_A, "/api/incidents"));
        Map<String, Session> sessions = new HashMap<>();
        for (Read read : mix) {
            sessions.computeIfAbsent(read.user(), api::session);
        }
        Session writer = api.session(DSL_A);
        Map<String, Integer> planned = new HashMap<>();
        List<Read> plan = new ArrayList<>();
        for (int i = 0; i < READS; i++) {
            Read read = mix.get(i % mix.size());
            plan.add(read);
            planned.merge(read.user(), 1, Integer::sum);
        }
        Map<String, Long> readsBefore = new HashMap<>();
        for (String user : planned.keySet()) {
            readsBefore.put(user, audit.auditCount("kind = 'READ' AND actor = ?", user));
        }
        long before = audit.reads();

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        List<AuditVerifier.Result> verifications = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 2);
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                readers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < READS; i = next.getAndIncrement()) {
                        Read read = plan.get(i);
                        Reply reply = sessions.get(read.user()).get(read.path());
                        if (reply.status() != 200) {
                            failures.merge(read.path() + " " + reply.status(), 1, Integer::sum);
                        }
                    }
                }));
            }
            Future<Integer> logged = pool.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    if (writer.post("/api/incidents", caseBody()).status() == 201) {
                        n++;
                    }
                }
                return n;
            });
            Future<?> verifier = pool.submit(() -> {
                while (!stop.get()) {
                    AuditVerifier.Result result = auditLog.verify();
                    synchronized (verifications) {
                        verifications.add(result);
                    }
                    Offline offline = audit.verifyOffline();
                    synchronized (verifications) {
                        verifications.add(new AuditVerifier.Result(offline.status() == 0, 0, null, offline.out(), null));
                    }
                }
            });
            for (Future<?> reader : readers) {
                reader.get(5, TimeUnit.MINUTES);
            }
            stop.set(true);
            assertThat(logged.get(1, TimeUnit.MINUTES)).as("cases logged meanwhile").isPositive();
            verifier.get(1, TimeUnit.MINUTES);
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }

        assertThat(failures).as("reads that did not answer 200").isEmpty();
        assertThat(audit.reads() - before).as("READ entries made by the reads").isEqualTo(READS);
        for (Map.Entry<String, Integer> user : planned.entrySet()) {
            assertThat(audit.auditCount("kind = 'READ' AND actor = ?", user.getKey()) - readsBefore.get(user.getKey()))
                    .as("READ entries of " + user.getKey()).isEqualTo(user.getValue().longValue());
        }
        assertThat(verifications).as("verifications while reading and writing").hasSizeGreaterThan(2)
                .allSatisfy(v -> assertThat(v.valid()).as("%s", v).isTrue());
        audit.awaitAudit(1, "kind = 'EVENT' AND actor = ? AND what = 'IncidentLogged' AND pos > ?", DSL_A, before);
        assertThat(auditLog.verify().valid()).isTrue();
        Long max = jdbc.queryForObject("SELECT MAX(pos) FROM tidemark_audit_entry", Long.class);
        assertThat(audit.auditCount("")).as("positions are gapless").isEqualTo(max);
    }
}
