package uk.tidemark.app.security.lockout;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code tidemark.security.address-limit.*}: at most {@code failures} failed sign-ins from one client address in
 * {@code period}, given back gradually over the period (a token bucket). Beyond it, that address is refused until
 * tokens come back, except for a sign-in that brings the right password and the right second-factor code.
 */
@ConfigurationProperties("tidemark.security.address-limit")
public record AddressLimitProperties(
        @DefaultValue("30") int failures,
        @DefaultValue("15m") Duration period) {

    public AddressLimitProperties {
        if (failures < 1) {
            throw new IllegalArgumentException("tidemark.security.address-limit.failures must be at least 1");
        }
        if (period == null || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("tidemark.security.address-limit.period must be positive");
        }
    }
}
