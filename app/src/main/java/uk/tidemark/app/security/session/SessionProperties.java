package uk.tidemark.app.security.session;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code tidemark.security.session.*}: a signed-in session ends after {@code idleTimeout} without a request,
 * and in any case {@code absoluteTimeout} after signing in.
 */
@ConfigurationProperties("tidemark.security.session")
public record SessionProperties(
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("12h") Duration absoluteTimeout) {
}
