package uk.tidemark.app.reference;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import uk.tidemark.app.postgres.EmbeddedPostgresDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * References are counted safely by several writers on one database (decision 0038): on the embedded H2 file store
 * and on a real PostgreSQL, with the project's migrations, two threads allocating at once, each allocation in a
 * transaction of its own as a creating command is, never get the same number and leave no gap; a rolled-back
 * command gives its number back. Counted apart (as a command is sent, on PostgreSQL without waiting for the flush),
 * the same holds for two writers at once, and a command that fails afterwards leaves its number unused.
 */
class ReferenceCounterTest {

    private static final Instant IN_2026 = Instant.parse("2026-03-04T09:00:00Z");
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final int EACH = 150;

    enum Store { H2, POSTGRESQL }

    private JdbcTemplate jdbc;
    private TransactionTemplate command;
    private ReferenceCounter counter;

    private void on(Store store) throws SQLException {
        DataSource dataSource = store == Store.H2 ? h2() : postgres();
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/" + (store == Store.H2 ? "h2" : "postgresql")).load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        command = new TransactionTemplate(transactions);
        counter = new ReferenceCounter(jdbc, transactions);
        jdbc.update("INSERT INTO tidemark_trust (id, name) VALUES ('trust-1', 'Trust One'), ('trust-2', 'Trust Two')");
        jdbc.update("INSERT INTO tidemark_setting (id, trust_id, name, code) VALUES"
                + " ('riverside', 'trust-1', 'Riverside Primary', 'RP'),"
                + " ('hillview', 'trust-1', 'Hillview Academy', 'HA'),"
                + " ('elsewhere', 'trust-2', 'Riverside Park', 'RP'),"
                + " ('uncoded', 'trust-2', 'Not yet coded', NULL)");
    }

    @AfterEach
    void dropH2() {
        if (jdbc != null) {
            try {
                jdbc.execute("DROP ALL OBJECTS");
            } catch (RuntimeException notH2) {
                // PostgreSQL: the database is the test's own and goes with the server
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void twoWritersAtOnceNeverGetTheSameNumberAndLeaveNoGap(Store store) throws Exception {
        on(store);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                runs.add(writers.submit(() -> {
                    together.await(); // both ask for the year's first number at the same moment: both insert
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < EACH; i++) {
                        mine.add(command.execute(tx -> counter.allocate("riverside", IN_2026)));
                    }
                    return mine;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> run : runs) {
                all.addAll(run.get(2, TimeUnit.MINUTES));
            }
            Set<String> expected = new TreeSet<>();
            for (int n = 1; n <= 2 * EACH; n++) {
                expected.add(String.format("RP-26-%04d", n));
            }
            assertThat(new TreeSet<>(all)).hasSize(2 * EACH).isEqualTo(expected);
        } finally {
            writers.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void twoWritersCountingApartNeverGetTheSameNumber(Store store) throws Exception {
        on(store);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                runs.add(writers.submit(() -> {
                    together.await();
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < EACH; i++) {
                        mine.add(counter.allocateApart("hillview", IN_2026));
                    }
                    return mine;
                }));
            }
            Set<String> all = new TreeSet<>();
            for (Future<List<String>> run : runs) {
                all.addAll(run.get(2, TimeUnit.MINUTES));
            }
            assertThat(all).hasSize(2 * EACH).contains("HA-26-0001", String.format("HA-26-%04d", 2 * EACH));
        } finally {
            writers.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aNumberCountedApartStaysCountedWhenTheCommandFails(Store store) throws SQLException {
        on(store);
        assertThat(counter.allocateApart("riverside", IN_2026)).isEqualTo("RP-26-0001"); // its command then failed
        String next = command.execute(tx -> counter.allocate("riverside", IN_2026));
        assertThat(next).isEqualTo("RP-26-0002");
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aCommandRolledBackGivesItsNumberBack(Store store) throws SQLException {
        on(store);
        String first = command.execute(tx -> counter.allocate("riverside", IN_2026));
        assertThat(first).isEqualTo("RP-26-0001");
        command.executeWithoutResult(tx -> {
            assertThat(counter.allocate("riverside", IN_2026)).isEqualTo("RP-26-0002");
            tx.setRollbackOnly(); // the case's event was never stored
        });
        String again = command.execute(tx -> counter.allocate("riverside", IN_2026));
        assertThat(again).isEqualTo("RP-26-0002");
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void eachCodeAndYearOfATrustCountsFromOne(Store store) throws SQLException {
        on(store);
        assertThat(counter.allocate("riverside", IN_2026)).isEqualTo("RP-26-0001");
        assertThat(counter.allocate("riverside", IN_2026)).isEqualTo("RP-26-0002");
        assertThat(counter.allocate("hillview", IN_2026)).isEqualTo("HA-26-0001");
        // the same code in another trust: a reference is unique in its trust
        assertThat(counter.allocate("elsewhere", IN_2026)).isEqualTo("RP-26-0001");
        // the year the case was logged, in London: New Year's Eve is still the old year
        assertThat(counter.allocate("riverside", Instant.parse("2025-12-31T23:59:59Z"))).isEqualTo("RP-25-0001");
        assertThat(counter.allocate("riverside", Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo("RP-27-0001");
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aSettingWithoutACodeOrUnknownGetsNoReference(Store store) throws SQLException {
        on(store);
        assertThat(counter.allocate("uncoded", IN_2026)).isNull();
        assertThat(counter.allocate("no-such-setting", IN_2026)).isNull();
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aNumberBeyondTenThousandTakesMoreDigits(Store store) throws SQLException {
        on(store);
        jdbc.update("INSERT INTO tidemark_reference_counter (trust_id, code, case_year, last_number)"
                + " VALUES ('trust-1', 'RP', 2026, 9999)");
        assertThat(counter.allocate("riverside", IN_2026)).isEqualTo("RP-26-10000");
    }

    private static DataSource h2() {
        return new DriverManagerDataSource("jdbc:h2:file:./target/test-data/references-" + UUID.randomUUID()
                + "/events;WRITE_DELAY=0", "sa", "");
    }

    private static DataSource postgres() throws SQLException {
        EmbeddedPostgres server = EmbeddedPostgresDatabase.server();
        String database = "references_" + DATABASES.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        return server.getDatabase("postgres", database);
    }
}
