package uk.tidemark.app.upgrade;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.tidemark.app.TidemarkApplication;
import uk.tidemark.app.ops.TrackingTokens;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tidemark in this JVM, started the way the demo tests start it ({@code SpringApplicationBuilder}, command-line
 * arguments), in demo mode on the loopback address, on a data directory and, for PostgreSQL, a database; with the
 * {@link HandledEvents} probe. Gives the tests the beans they read the stores through.
 */
final class RunningTidemark implements AutoCloseable {

    /** The demo users' password, in the fixtures and in the tests that read them (test data only). */
    static final String DEMO_PASSWORD = "upgrade-fixture-demo-1";

    final ConfigurableApplicationContext context;

    private RunningTidemark(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Command-line arguments, not builder properties (those are defaults, which application.yml overrides). On the
     * loopback address the demo users sign in with their password alone; every other account with a case role needs
     * its second factor, as configured by default.
     */
    static RunningTidemark start(Path dataDir, List<String> storeArguments, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--tidemark.data-dir=" + dataDir.toAbsolutePath(),
                "--tidemark.demo.enabled=true",
                "--tidemark.demo.password=" + DEMO_PASSWORD,
                "--server.address=127.0.0.1",
                "--server.port=0",
                // the actuator's port too: another application on this machine may hold 8081
                "--management.server.port=0"));
        args.addAll(storeArguments);
        args.addAll(List.of(more));
        return new RunningTidemark(new SpringApplicationBuilder(TidemarkApplication.class, HandledEvents.class)
                .run(args.toArray(String[]::new)));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    UpgradeClient as(String username, String password) {
        return UpgradeClient.as(baseUrl(), username, password);
    }

    UpgradeClient demoUser(String username) {
        return as(username, DEMO_PASSWORD);
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    MongoTemplate mongo() {
        return context.getBean(MongoTemplate.class);
    }

    TrackingTokens tokens() {
        return context.getBean(TrackingTokens.class);
    }

    HandledEvents handled() {
        return context.getBean(HandledEvents.class);
    }

    long head() {
        return tokens().head();
    }

    long count(String sql, Object... args) {
        Long count = jdbc().queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    /** Stored deadlines the scheduler should already have fired. */
    long dueTasks() {
        return count("SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= ?", Timestamp.from(Instant.now()));
    }

    /** Every streaming processor, by name. */
    Map<String, StreamingEventProcessor> processors() {
        Map<String, StreamingEventProcessor> streaming = new TreeMap<>();
        for (Map.Entry<String, EventProcessor> e : context.getBean(EventProcessingConfiguration.class)
                .eventProcessors().entrySet()) {
            if (e.getValue() instanceof StreamingEventProcessor p) {
                streaming.put(e.getKey(), p);
            }
        }
        return streaming;
    }

    /**
     * Waits until every processor has handled every event in the store, none is replaying, and the head stays where
     * it is meanwhile; with {@code noDueDeadlines}, also until the scheduler has fired every deadline already due
     * (a fired deadline appends events, which the processors then follow).
     */
    void awaitQuiet(Duration within, boolean noDueDeadlines) {
        await().atMost(within).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            long head = head();
            if (noDueDeadlines) {
                assertThat(dueTasks()).as("deadlines due but not yet fired").isZero();
            }
            for (Map.Entry<String, StreamingEventProcessor> p : processors().entrySet()) {
                Map<Integer, EventTrackerStatus> status = p.getValue().processingStatus();
                assertThat(status).as(p.getKey() + " segments").isNotEmpty();
                for (EventTrackerStatus s : status.values()) {
                    assertThat(s.getCurrentPosition().orElse(-1)).as(p.getKey() + " position")
                            .isGreaterThanOrEqualTo(head);
                    // Axon keeps a replay token until the first event beyond where the reset found the segment
                    assertThat(s.isReplaying() && s.getCurrentPosition().orElse(-1) < s.getResetPosition().orElse(-1))
                            .as(p.getKey() + " replaying").isFalse();
                }
            }
            assertThat(head()).as("no event appended meanwhile").isEqualTo(head);
        });
    }

    @Override
    public void close() {
        context.close();
    }
}
