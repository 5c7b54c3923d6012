package uk.tidemark.app.config;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code tidemark.data-dir} (default {@code ./data}) to an absolute, existing directory before any
 * bean reads it, and publishes it as {@code tidemark.data-dir-absolute}: H2 refuses implicitly relative file
 * URLs, and every embedded store must agree on one place. The directory is made owner-only (0700) before any store
 * writes into it, and what an earlier version left there readable by others is narrowed ({@link OwnerOnly}).
 */
public class DataDirEnvironment implements EnvironmentPostProcessor {

    private final Log log;

    public DataDirEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(DataDirEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty("tidemark.data-dir", "./data");
        Path dir = Path.of(configured).toAbsolutePath().normalize();
        try {
            OwnerOnly.directory(dir);
            List<Path> notOurs = OwnerOnly.narrowContents(dir);
            if (!notOurs.isEmpty()) {
                log.warn("The data directory holds " + notOurs.size() + " file(s) of another account that others "
                        + "may read; make them owner-only (0600, directories 0700)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("tidemarkDataDir",
                Map.of("tidemark.data-dir-absolute", dir.toString())));
    }
}
