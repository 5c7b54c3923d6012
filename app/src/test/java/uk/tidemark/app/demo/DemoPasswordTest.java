package uk.tidemark.app.demo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import uk.tidemark.app.TidemarkApplication;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Demo mode never opens with no password, or a guessable one: start-up stops with a sentence that says why. */
class DemoPasswordTest {

    @Test
    void refusesAMissingPassword() {
        assertThatThrownBy(() -> DemoSeeder.requireUsablePassword(null))
                .hasMessageContaining("tidemark.demo.password");
        assertThatThrownBy(() -> DemoSeeder.requireUsablePassword("   "))
                .hasMessageContaining("tidemark.demo.password");
    }

    @Test
    void refusesAPasswordShorterThanEightCharacters() {
        assertThatThrownBy(() -> DemoSeeder.requireUsablePassword("1234567"))
                .hasMessageContaining("at least 8 characters");
        assertThat(DemoSeeder.requireUsablePassword("12345678")).isEqualTo("12345678");
    }

    @Test
    void theApplicationDoesNotStartInDemoModeWithoutAPassword() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(TidemarkApplication.class)
                .run("--tidemark.demo.enabled=true", "--tidemark.embedded-mongo.in-memory=true", "--server.port=0",
                        "--management.server.port=0",
                        "--tidemark.data-dir=target/test-data/demo-nopassword-" + UUID.randomUUID())
                .close())
                .rootCause().hasMessageContaining("Demo mode (tidemark.demo.enabled=true) needs a password");
    }
}
