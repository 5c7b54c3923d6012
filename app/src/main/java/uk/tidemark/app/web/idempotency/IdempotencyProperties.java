package uk.tidemark.app.web.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code tidemark.idempotency.*} (decision 0029): how long a key answers its first request's answer again
 * ({@code keyLifetime}, from the first use), how long a repeat waits for a first request still running before it
 * is answered 409 ({@code inProgressWait}), and how often expired keys are deleted ({@code cleanupInterval}).
 */
@ConfigurationProperties("tidemark.idempotency")
public record IdempotencyProperties(
        @DefaultValue("24h") Duration keyLifetime,
        @DefaultValue("10s") Duration inProgressWait,
        @DefaultValue("1h") Duration cleanupInterval) {
}
