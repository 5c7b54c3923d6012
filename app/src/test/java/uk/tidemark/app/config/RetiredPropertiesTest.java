package uk.tidemark.app.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spring Boot 3's names for the read store's connection stop the start, with the new name (decision 0030). */
class RetiredPropertiesTest {

    private final RetiredProperties check = new RetiredProperties();

    @Test
    void anOldEnvironmentVariableStopsTheStartAndSaysWhatItIsNowCalled() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("env",
                Map.of("SPRING_DATA_MONGODB_URI", "mongodb://mongo:27017/tidemark")));
        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.data.mongodb.uri → spring.mongodb.uri")
                .hasMessageNotContaining("mongo:27017");
    }

    @Test
    void anOldPropertyStopsItToo() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("args",
                Map.of("spring.data.mongodb.database", "tidemark")));
        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("spring.data.mongodb.database → spring.mongodb.database");
    }

    @Test
    void theNewNamesAndSpringDatasOwnSettingsPass() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("args", Map.of(
                "spring.mongodb.uri", "mongodb://mongo:27017/tidemark",
                "spring.data.mongodb.auto-index-creation", "false")));
        assertThatNoException().isThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()));
        assertThat(RetiredProperties.retired("spring.data.mongodb.repositories.type")).isFalse();
    }
}
