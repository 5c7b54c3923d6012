package uk.tidemark.app.demo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.tidemark.app.TidemarkApplication;
import uk.tidemark.kernel.incident.command.RedirectToComplaint;
import uk.tidemark.kernel.incident.command.ReferToDisciplinary;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Demo mode seeds once: a restart on the same data directory finds the demo trust and adds nothing, neither
 * incidents nor the HR cases and complaints (including those its referrals opened).
 */
class DemoRestartTest {

    private static final String LOGGED = "uk.tidemark.kernel.incident.event.IncidentLogged";
    private static final String OPENED = DemoModeTest.HR_EVENTS + "DisciplinaryCaseOpened";
    private static final String RECEIVED = DemoModeTest.COMPLAINT_EVENTS + "ComplaintReceived";

    @Test
    void aSecondStartOnTheSameDataDirectorySeedsNothing() {
        Path dataDir = Path.of("target/test-data/demo-restart-" + UUID.randomUUID()).toAbsolutePath();
        long cases;
        long users;
        long hrCases = DemoSeeder.hrCases().size() + DemoModeTest.referralsIn(ReferToDisciplinary.class);
        long complaints = DemoSeeder.complaints().size() + DemoModeTest.referralsIn(RedirectToComplaint.class);
        try (ConfigurableApplicationContext first = start(dataDir)) {
            cases = count(first, "SELECT COUNT(DISTINCT aggregateIdentifier) FROM DomainEventEntry WHERE payloadType = '"
                    + LOGGED + "'");
            users = count(first, "SELECT COUNT(*) FROM tidemark_user");
            // the cases the referrals ask for are opened once the seeding is committed
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(events(first, OPENED)).isEqualTo(hrCases);
                assertThat(events(first, RECEIVED)).isEqualTo(complaints);
            });
        }
        assertThat(cases).isEqualTo(DemoSeeder.scenarios().size());
        assertThat(users).isEqualTo(DemoOrganisation.USERS.size());

        try (ConfigurableApplicationContext again = start(dataDir)) {
            assertThat(count(again, "SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType = '" + LOGGED + "'"))
                    .isEqualTo(cases);
            assertThat(events(again, OPENED)).isEqualTo(hrCases);
            assertThat(events(again, RECEIVED)).isEqualTo(complaints);
            assertThat(count(again, "SELECT COUNT(*) FROM tidemark_user")).isEqualTo(users);
            assertThat(count(again, "SELECT COUNT(*) FROM tidemark_setting")).isEqualTo(2);
        }
        assertThat(dataDir.resolve("initial-admin-password")).doesNotExist();
    }

    /** Command-line arguments, not builder properties: those are defaults, which application.yml overrides. */
    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(TidemarkApplication.class).run(
                "--tidemark.demo.enabled=true", "--tidemark.demo.password=" + DemoModeTest.PASSWORD,
                "--tidemark.data-dir=" + dataDir, "--tidemark.embedded-mongo.in-memory=true", "--server.port=0",
                "--management.server.port=0",
                "--tidemark.security.totp.required-roles=");
    }

    private static long events(ConfigurableApplicationContext context, String payloadType) {
        return count(context, "SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType = '" + payloadType + "'");
    }

    private static long count(ConfigurableApplicationContext context, String sql) {
        Long count = context.getBean(JdbcTemplate.class).queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
