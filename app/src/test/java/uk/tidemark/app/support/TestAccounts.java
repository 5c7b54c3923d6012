package uk.tidemark.app.support;

import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Prepares a data directory before a separately started Tidemark process opens it: migrates the H2 event
 * store with the product's own Flyway scripts and adds a trust, a setting and a DSL account.
 */
public final class TestAccounts {

    public static final String SETTING_ID = "test-school";
    /**
     * Passwords hashed at BCrypt's least cost: the process checks a hash at the cost it was made with, and the
     * bursts send every request with HTTP Basic (see the fixture's TestAccounts.QUICK_HASH).
     */
    private static final BCryptPasswordEncoder QUICK_HASH = new BCryptPasswordEncoder(4);

    private TestAccounts() {
    }

    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("events") + ";WRITE_DELAY=0";
    }

    public static void seedDsl(Path dataDir, String username, String password) throws SQLException {
        String url = h2Url(dataDir);
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/h2").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            insertDsl(c, "test-trust", SETTING_ID, username, password);
        }
    }

    /**
     * Adds a trust, one of its settings and a DSL of that setting to an already migrated store, as an administrator
     * would before the application starts (so it creates no first administrator).
     */
    public static void insertDsl(Connection c, String trustId, String settingId, String username, String password)
            throws SQLException {
        exec(c, "INSERT INTO tidemark_trust (id, name) VALUES (?, ?)", trustId, "Test Trust");
        exec(c, "INSERT INTO tidemark_setting (id, trust_id, name) VALUES (?, ?, ?)", settingId, trustId,
                "Test School");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tidemark_user (username, display_name, "
                + "password_hash, trust_id, trust_wide, enabled, created_at) VALUES (?, ?, ?, ?, FALSE, TRUE, ?)")) {
            ps.setString(1, username);
            ps.setString(2, "Test DSL");
            ps.setString(3, QUICK_HASH.encode(password));
            ps.setString(4, trustId);
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
        exec(c, "INSERT INTO tidemark_user_role (username, role) VALUES (?, ?)", username, "DSL");
        exec(c, "INSERT INTO tidemark_user_setting (username, setting_id) VALUES (?, ?)", username, settingId);
    }

    /** Adds an administrator of the installation (no trust, trust-wide), as the first administrator is. */
    public static void insertAdmin(Connection c, String username, String password) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tidemark_user (username, display_name, "
                + "password_hash, trust_id, trust_wide, enabled, created_at) VALUES (?, ?, ?, NULL, TRUE, TRUE, ?)")) {
            ps.setString(1, username);
            ps.setString(2, "Test Administrator");
            ps.setString(3, QUICK_HASH.encode(password));
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
        exec(c, "INSERT INTO tidemark_user_role (username, role) VALUES (?, ?)", username, "ADMIN");
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
