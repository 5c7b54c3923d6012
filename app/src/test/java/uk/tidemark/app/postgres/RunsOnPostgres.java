package uk.tidemark.app.postgres;

import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check every {@link OnPostgres} suite adds to the tests it inherits: the context really ran on PostgreSQL,
 * with the {@code postgres} profile, on a database no other suite used.
 */
public interface RunsOnPostgres {

    /** Databases already claimed by a suite in this JVM. */
    Set<String> CLAIMED = ConcurrentHashMap.newKeySet();

    @Test
    default void runsOnItsOwnPostgresqlDatabaseWithThePostgresProfile(@Autowired DataSource dataSource,
                                                                      @Autowired Environment environment,
                                                                      @Autowired EventStorageEngine engine)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(environment.getActiveProfiles()).contains("postgres");
        // the profile's pool, not the default one
        assertThat(dataSource).isInstanceOf(HikariDataSource.class);
        assertThat(((HikariDataSource) dataSource).getPoolName()).isEqualTo("tidemark-postgres");
        String database = new JdbcTemplate(dataSource).queryForObject("SELECT current_database()", String.class);
        assertThat(database).isEqualTo(environment.getProperty(EmbeddedPostgresDatabase.DATABASE_PROPERTY));
        assertThat(CLAIMED.add(database)).as("database %s used by one suite only", database).isTrue();
        // Flyway built it, from the PostgreSQL migrations
        Integer migrations = new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE success", Integer.class);
        assertThat(migrations).isPositive();
        // the profile's gap handling reached Axon's engine (decision 0018)
        assertThat(ReflectionTestUtils.getField(engine, "maxGapOffset")).isEqualTo(100_000);
        assertThat(ReflectionTestUtils.getField(engine, "gapTimeout")).isEqualTo(60_000);
    }
}
