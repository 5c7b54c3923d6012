package uk.tidemark.app.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Refuses to start when the configuration still names a property that Spring Boot 4 no longer reads (decision 0030).
 * The read store's connection moved from {@code spring.data.mongodb.*} to {@code spring.mongodb.*}: a deployment
 * upgraded with its old {@code SPRING_DATA_MONGODB_URI} would otherwise start, connect to a MongoDB on localhost
 * (or to none), and show empty case lists — or, with the embedded store, write read models where production never
 * looks. Stopping with the new name is kinder than any of those.
 */
public class RetiredProperties implements EnvironmentPostProcessor {

    /** Retired prefix → what replaced it. */
    static final Map<String, String> RETIRED = Map.of(
            "spring.data.mongodb.", "spring.mongodb.");
    /** What stays under a retired prefix (Spring Data's own settings, still read). */
    private static final List<String> STILL_READ = List.of(
            "spring.data.mongodb.auto-index-creation", "spring.data.mongodb.field-naming-strategy",
            "spring.data.mongodb.gridfs.", "spring.data.mongodb.representation.", "spring.data.mongodb.repositories.");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        TreeSet<String> found = new TreeSet<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> names) {
                for (String name : names.getPropertyNames()) {
                    String canonical = canonical(name);
                    if (retired(canonical)) {
                        found.add(canonical);
                    }
                }
            }
        }
        if (!found.isEmpty()) {
            List<String> advice = new ArrayList<>();
            for (String name : found) {
                RETIRED.forEach((old, now) -> {
                    if (name.startsWith(old)) {
                        advice.add(name + " → " + now + name.substring(old.length()));
                    }
                });
            }
            throw new IllegalStateException("Spring Boot 4 no longer reads these properties, so Tidemark would not find "
                    + "its read store; rename them (environment variables likewise, e.g. SPRING_DATA_MONGODB_URI → "
                    + "SPRING_MONGODB_URI): " + String.join(", ", advice));
        }
    }

    static boolean retired(String canonical) {
        return RETIRED.keySet().stream().anyMatch(canonical::startsWith)
                && STILL_READ.stream().noneMatch(canonical::startsWith);
    }

    /** {@code SPRING_DATA_MONGODB_URI} and {@code spring.data.mongodb.uri} alike, as Spring Boot binds them. */
    static String canonical(String name) {
        return name.contains(".") ? name.toLowerCase(java.util.Locale.ROOT)
                : name.toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }
}
