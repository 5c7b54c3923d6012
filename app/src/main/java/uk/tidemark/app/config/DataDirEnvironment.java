package uk.tidemark.app.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Resolves {@code tidemark.data-dir} (default {@code ./data}) to an absolute, existing directory before any
 * bean reads it, and publishes it as {@code tidemark.data-dir-absolute}: H2 refuses implicitly relative file
 * URLs, and every embedded store must agree on one place.
 */
public class DataDirEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty("tidemark.data-dir", "./data");
        Path dir = Path.of(configured).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("tidemarkDataDir",
                Map.of("tidemark.data-dir-absolute", dir.toString())));
    }
}
