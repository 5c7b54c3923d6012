package uk.tidemark.app.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

import java.util.Map;

/**
 * The actuator listens on a management port of its own ({@code management.server.port}, 8081 in application.yml;
 * decision 0028). An application started on any free port ({@code server.port=0}: the tests, the benchmark, several
 * instances on one machine) would otherwise all ask for 8081 and the second would fail to start: unless the
 * management port was set somewhere other than application.yml, it becomes any free port too. Its number is then
 * {@code local.management.port}.
 */
public class ManagementPortEnvironment implements EnvironmentPostProcessor {

    static final String PORT = "management.server.port";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"0".equals(environment.getProperty("server.port")) || !onlyFromApplicationYml(environment)) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("tidemarkManagementPort", Map.of(PORT, "0")));
    }

    /** Whether the management port is application.yml's own (the first source that names it is the packaged file). */
    private static boolean onlyFromApplicationYml(ConfigurableEnvironment environment) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source.containsProperty(PORT)) {
                return source.getName().contains("class path resource [application.yml]");
            }
        }
        return false;
    }
}
