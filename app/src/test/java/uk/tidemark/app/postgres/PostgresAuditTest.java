package uk.tidemark.app.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import uk.tidemark.app.audit.AuditKind;
import uk.tidemark.app.audit.AuditLog;
import uk.tidemark.app.audit.AuditVerifier;
import uk.tidemark.app.audit.VerifyAuditLog;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.incident.command.LogIncident;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit trail on a real PostgreSQL: the V4 migration, EVENT entries from the event store, two application
 * instances appending at once (each with its own in-JVM lock, so only the head row's lock keeps them in one chain),
 * and the offline verifier naming the first bad entry after each kind of tampering.
 */
@SpringBootTest(properties = {"tidemark.embedded-mongo.in-memory=true",
        // inline, not @DynamicPropertySource: DataDirEnvironment resolves it before dynamic properties exist
        "tidemark.data-dir=target/test-data/postgres-audit-${random.uuid}"})
class PostgresAuditTest {

    private static final EmbeddedPostgres POSTGRES = start();

    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    CommandGateway commands;

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL", e);
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresAuditTest::url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    private static String url() {
        return POSTGRES.getJdbcUrl("postgres", "postgres");
    }

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    @Test
    void eventsBecomeEntriesWithTheirCaseAndSetting() {
        IncidentId id = IncidentId.random();
        Object ignored = commands.sendAndWait(GenericCommandMessage.asCommandMessage(new LogIncident(id, "school-1",
                Category.OTHER, Platform.EMAIL, Instant.now().minusSeconds(60), "A summary", List.of(), List.of(),
                false)).andMetaData(Map.of(Meta.ACTOR, "dsl")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT what FROM tidemark_audit_entry WHERE case_id = ? AND kind = 'EVENT' ORDER BY pos", String.class,
                id.value())).containsExactly("IncidentLogged", "DeadlineSet"));
        assertThat(jdbc.queryForList("SELECT DISTINCT setting_id || ' ' || actor FROM tidemark_audit_entry "
                + "WHERE case_id = ?", String.class, id.value())).containsExactly("school-1 dsl");
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    void twoInstancesAppendingAtOnceFormOneGaplessChain() throws Exception {
        AuditLog otherInstance = new AuditLog(jdbc, transactions);
        long before = count();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                AuditLog log = t % 2 == 0 ? auditLog : otherInstance;
                String actor = "user-" + t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        log.append(new AuditLog.NewEntry(log.now(), AuditKind.READ, actor, CaseType.INCIDENT,
                                "case-" + i, "setting-1", "GET /api/incidents/{id}", Map.of("view", "FULL"), null));
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count() - before).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT MAX(pos) FROM tidemark_audit_entry", Long.class)).isEqualTo(count());
        AuditVerifier.Result result = auditLog.verify();
        assertThat(result.valid()).as("%s", result).isTrue();
        assertThat(result.entries()).isEqualTo(count());
    }

    @Test
    void theOfflineVerifierNamesTheFirstBadEntryOnPostgres() {
        while (count() < 10) {
            auditLog.append(new AuditLog.NewEntry(auditLog.now(), AuditKind.SIGN_IN, "someone", null, null, null,
                    "BASIC", Map.of(), null));
        }
        assertThat(offline()).startsWith("VALID: ");

        jdbc.update("UPDATE tidemark_audit_entry SET actor = actor || 'x' WHERE pos = 3");
        assertThat(offline()).startsWith("INVALID: first bad entry at position 3 ");
        assertThat(auditLog.verify().firstInvalid()).isEqualTo(3);
        jdbc.update("UPDATE tidemark_audit_entry SET actor = LEFT(actor, LENGTH(actor) - 1) WHERE pos = 3");
        assertThat(offline()).startsWith("VALID: ");

        jdbc.execute("CREATE TABLE test_saved_entry AS SELECT * FROM tidemark_audit_entry WHERE pos = 6");
        jdbc.update("DELETE FROM tidemark_audit_entry WHERE pos = 6");
        assertThat(offline()).startsWith("INVALID: first bad entry at position 6 ");
        assertThat(auditLog.verify().firstInvalid()).isEqualTo(6);
        jdbc.update("INSERT INTO tidemark_audit_entry SELECT * FROM test_saved_entry");
        jdbc.execute("DROP TABLE test_saved_entry");
        assertThat(offline()).startsWith("VALID: ");

        swap(4, 5);
        assertThat(offline()).startsWith("INVALID: first bad entry at position 4 ");
        assertThat(auditLog.verify().firstInvalid()).isEqualTo(4);
        swap(4, 5);
        assertThat(offline()).startsWith("VALID: ");
    }

    private void swap(long a, long b) {
        jdbc.update("UPDATE tidemark_audit_entry SET pos = -1 WHERE pos = ?", a);
        jdbc.update("UPDATE tidemark_audit_entry SET pos = ? WHERE pos = ?", a, b);
        jdbc.update("UPDATE tidemark_audit_entry SET pos = ? WHERE pos = -1", b);
    }

    private long count() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_audit_entry", Long.class);
        return n == null ? 0 : n;
    }

    private static String offline() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = VerifyAuditLog.run(new String[]{"--url", url(), "--user", "postgres", "--password", ""},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(printed).isEqualTo(printed.startsWith("VALID") ? 0 : 1);
        return printed;
    }
}
