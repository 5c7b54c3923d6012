package uk.tidemark.app.upgrade;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The PostgreSQL fixture's dump ({@link PlainSqlDump}) on Tidemark's own schema: a database migrated by the product's
 * Flyway scripts, with rows of every awkward kind (bytes, times with zones, text with tabs, newlines and backslashes,
 * nulls, a used sequence), dumped and loaded into another database, is the same database: its dump is the same
 * text, rows read back the same, the sequence goes on where it was, and the constraints hold.
 */
class PlainSqlDumpTest {

    private static EmbeddedPostgres server;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.builder().start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE source");
            s.execute("CREATE DATABASE target");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aMigratedDatabaseDumpedAndLoadedIsTheSameDatabase() throws Exception {
        Flyway.configure().dataSource(server.getDatabase("postgres", "source"))
                .locations("classpath:db/migration/postgresql").load().migrate();
        byte[] payload = {0, 1, 2, (byte) 0xff, '\\', '\n', '\t'};
        Instant at = Instant.parse("2026-12-06T11:47:41.123456Z");
        try (Connection c = connect("source")) {
            for (int i = 0; i < 3; i++) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO DomainEventEntry (aggregateIdentifier, "
                        + "sequenceNumber, type, eventIdentifier, metaData, payload, payloadRevision, payloadType, "
                        + "timeStamp) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)")) {
                    ps.setString(1, "case-1");
                    ps.setLong(2, i);
                    ps.setString(3, "IncidentAggregate");
                    ps.setString(4, "event-" + i);
                    ps.setBytes(5, i == 0 ? null : "{\"actor\":\"dsl\"}".getBytes());
                    ps.setBytes(6, payload);
                    ps.setString(7, "uk.tidemark.Some\tEvent\\with\nodd text é");
                    ps.setString(8, at.toString());
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO scheduled_tasks (task_name, task_instance, "
                    + "task_data, execution_time, picked, version) VALUES ('AxonDeadline', 'i-1', ?, ?, FALSE, 1)")) {
                ps.setBytes(1, payload);
                ps.setTimestamp(2, Timestamp.from(at));
                ps.executeUpdate();
            }
        }

        String dump = dump("source");
        assertThat(dump).contains("COPY public.domainevententry (", "CREATE SEQUENCE public.domainevententry_globalindex_seq",
                "SELECT pg_catalog.setval('public.domainevententry_globalindex_seq', 3, true);",
                "ADD CONSTRAINT uk_domain_event_aggregate_seq UNIQUE (aggregateidentifier, sequencenumber);",
                "CREATE INDEX ix_audit_case ON public.tidemark_audit_entry USING btree (case_id);");
        assertThat(dump(("source"))).as("the same database, the same text").isEqualTo(dump);

        try (Connection c = connect("target")) {
            PlainSqlDump.load(c, new StringReader(dump));
        }
        // PostgreSQL writes a CHECK constraint's expression as it parsed it, which a load parses into other text
        // (pg_dump's dumps do the same): the constraints are compared by name, everything else as text
        assertThat(withoutCheckExpressions(dump("target"))).as("loaded, then dumped again")
                .isEqualTo(withoutCheckExpressions(dump));

        try (Connection c = connect("target")) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT globalIndex, payload, "
                    + "metaData, payloadType FROM DomainEventEntry ORDER BY globalIndex")) {
                for (int i = 1; i <= 3; i++) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isEqualTo(i);
                    assertThat(rs.getBytes(2)).isEqualTo(payload);
                    assertThat(rs.getBytes(3) == null).isEqualTo(i == 1);
                    assertThat(rs.getString(4)).isEqualTo("uk.tidemark.Some\tEvent\\with\nodd text é");
                }
            }
            assertThat(StoredFacts.tasks(c)).singleElement()
                    .satisfies(t -> assertThat(t.executionTime()).isEqualTo(at));
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, eventIdentifier, "
                        + "payload, payloadType, timeStamp) VALUES ('case-2', 0, 'event-9', '\\x00', 'T', 'now')");
                assertThat(StoredFacts.single(c, "SELECT MAX(globalIndex) FROM DomainEventEntry"))
                        .as("the sequence goes on").isEqualTo(4);
                assertThat(StoredFacts.single(c, "SELECT COUNT(*) FROM flyway_schema_history WHERE success"))
                        .as("Flyway's history came along").isPositive();
                assertThat(StoredFacts.single(c, "SELECT last_pos FROM tidemark_audit_head")).isZero();
            }
            assertThatThrownBy(() -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, eventIdentifier, "
                            + "payload, payloadType, timeStamp) VALUES ('case-1', 2, 'event-10', '\\x00', 'T', 'x')");
                }
            }).as("the unique (aggregate, sequence) key").isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aSchemaWithWhatTheDumpLeavesOutIsRefused() throws Exception {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE with_view");
        }
        try (Connection c = connect("with_view"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
            s.execute("CREATE VIEW v AS SELECT id FROM t");
            assertThatThrownBy(() -> PlainSqlDump.write(c, new StringWriter()))
                    .hasMessageContaining("v v");
        }
    }

    private static String withoutCheckExpressions(String dump) {
        return dump.replaceAll("(?m)^(ALTER TABLE ONLY \\S+ ADD CONSTRAINT \\S+ CHECK) .*$", "$1 ...");
    }

    private static Connection connect(String database) throws SQLException {
        return server.getDatabase("postgres", database).getConnection();
    }

    private static String dump(String database) throws Exception {
        StringWriter out = new StringWriter();
        try (Connection c = connect(database)) {
            PlainSqlDump.write(c, out);
        }
        return out.toString();
    }
}
