package uk.tidemark.app.demo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.tidemark.app.TidemarkApplication;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo mode seeds once: a restart on the same data directory finds the demo trust and adds nothing. */
class DemoRestartTest {

    private static final String LOGGED = "uk.tidemark.kernel.incident.event.IncidentLogged";

    @Test
    void aSecondStartOnTheSameDataDirectorySeedsNothing() {
        Path dataDir = Path.of("target/test-data/demo-restart-" + UUID.randomUUID()).toAbsolutePath();
        long cases;
        long users;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            cases = count(first, "SELECT COUNT(DISTINCT aggregateIdentifier) FROM DomainEventEntry WHERE payloadType = '"
                    + LOGGED + "'");
            users = count(first, "SELECT COUNT(*) FROM tidemark_user");
        }
        assertThat(cases).isEqualTo(DemoSeeder.scenarios().size());
        assertThat(users).isEqualTo(DemoOrganisation.USERS.size());

        try (ConfigurableApplicationContext again = start(dataDir)) {
            assertThat(count(again, "SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType = '" + LOGGED + "'"))
                    .isEqualTo(cases);
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
                "--tidemark.security.totp.required-roles=");
    }

    private static long count(ConfigurableApplicationContext context, String sql) {
        Long count = context.getBean(JdbcTemplate.class).queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
