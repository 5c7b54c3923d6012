package uk.tidemark.app.postgres;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store's schema as PostgreSQL's catalog shows it after the migrations, against Axon's relational
 * database tuning guide and its PostgreSQL notes (decision 0018): every index the guide lists for the
 * JdbcEventStorageEngine's queries, the payloads in BYTEA (never {@code oid} large objects), a gap-free
 * sequence for the global index. Flyway alone, no application: a second or two.
 */
class PostgresSchemaTest {

    private static JdbcTemplate jdbc;

    @BeforeAll
    static void migrate() throws Exception {
        String database = "schema_check";
        try (Connection c = EmbeddedPostgresDatabase.server().getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database);
        }
        DataSource dataSource = EmbeddedPostgresDatabase.server().getDatabase("postgres", database);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/postgresql").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    /** Each index of the table as "UNIQUE (a, b)" or "(a)", the primary key as "PRIMARY KEY (a, b)". */
    private static List<String> indexes(String table) {
        return jdbc.queryForList("""
                SELECT CASE WHEN ix.indisprimary THEN 'PRIMARY KEY ' WHEN ix.indisunique THEN 'UNIQUE ' ELSE '' END
                       || '(' || string_agg(a.attname, ', ' ORDER BY k.ord) || ')'
                FROM pg_index ix
                JOIN pg_class t ON t.oid = ix.indrelid
                JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                WHERE t.relname = ?
                GROUP BY ix.indexrelid, ix.indisprimary, ix.indisunique""", String.class, table);
    }

    @Test
    void theDomainEventTableHasTheIndexesAxonsQueriesUse() {
        assertThat(indexes("domainevententry")).containsExactlyInAnyOrder(
                // tracking processors read by global index (range and gaps), head and tail tokens: min/max
                "PRIMARY KEY (globalindex)",
                // aggregate loads and lastSequenceNumberFor, and the key that refuses a second writer
                "UNIQUE (aggregateidentifier, sequencenumber)",
                "UNIQUE (eventidentifier)");
        // and pg_indexes agrees that they are B-trees (the range scans need order)
        assertThat(jdbc.queryForList("SELECT indexdef FROM pg_indexes WHERE tablename = 'domainevententry'",
                String.class)).allSatisfy(def -> assertThat(def).contains("USING btree"));
    }

    @Test
    void theSnapshotAndSagaTablesHaveTheGuidesIndexes() {
        assertThat(indexes("snapshotevententry")).containsExactlyInAnyOrder(
                // its leading column serves "latest snapshot of an aggregate" and the delete of older ones
                "PRIMARY KEY (aggregateidentifier, sequencenumber)",
                "UNIQUE (eventidentifier)");
        assertThat(indexes("associationvalueentry")).contains(
                "(sagatype, associationkey, associationvalue)", "(sagaid, sagatype)");
        assertThat(indexes("sagaentry")).contains("PRIMARY KEY (sagaid)");
    }

    @Test
    void payloadsAreByteaNeverLargeObjects() {
        Map<String, String> types = columnTypes("domainevententry");
        assertThat(types).containsEntry("payload", "bytea").containsEntry("metadata", "bytea")
                .containsEntry("globalindex", "bigint").containsEntry("sequencenumber", "bigint");
        assertThat(columnTypes("snapshotevententry")).containsEntry("payload", "bytea").containsEntry("metadata", "bytea");
        assertThat(columnTypes("sagaentry")).containsEntry("serializedsaga", "bytea");
        // no oid column anywhere: no large objects, which neither autovacuum nor a row delete would clean up
        assertThat(jdbc.queryForList("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND data_type = 'oid'""", String.class)).isEmpty();
        // bytea keeps the default EXTENDED storage: small payloads stay in the row, large ones go to TOAST compressed
        assertThat(jdbc.queryForObject("""
                SELECT a.attstorage FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                WHERE c.relname = 'domainevententry' AND a.attname = 'payload'""", String.class)).isEqualTo("x");
    }

    @Test
    void theGlobalIndexComesFromAnUncachedSequenceStepOne() {
        // CACHE 1: each session takes the next value, so commits leave only short-lived gaps; a cache would hand
        // each connection a block and scatter the index far ahead of what is committed
        Map<String, Object> sequence = jdbc.queryForMap("""
                SELECT s.increment_by, s.cache_size, s.start_value, s.data_type::text AS data_type
                FROM pg_sequences s
                WHERE s.sequencename = pg_get_serial_sequence('domainevententry', 'globalindex')::regclass::text
                   OR 'public.' || s.sequencename = pg_get_serial_sequence('domainevententry', 'globalindex')""");
        assertThat(sequence).containsEntry("increment_by", 1L).containsEntry("cache_size", 1L)
                .containsEntry("start_value", 1L).containsEntry("data_type", "bigint");
    }

    @Test
    void processorTokensAreNotInPostgresql() {
        // tokens live beside the read models in MongoDB (AxonConfig), so Axon's TokenEntry table is not made here
        assertThat(jdbc.queryForObject("SELECT to_regclass('public.tokenentry') IS NULL", Boolean.class)).isTrue();
    }

    private static Map<String, String> columnTypes(String table) {
        Map<String, String> types = new java.util.HashMap<>();
        jdbc.query("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?",
                rs -> {
                    types.put(rs.getString(1), rs.getString(2));
                }, table);
        return types;
    }
}
