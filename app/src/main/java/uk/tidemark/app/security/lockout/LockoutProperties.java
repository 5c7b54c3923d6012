package uk.tidemark.app.security.lockout;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code tidemark.security.lockout.*}: after {@code maxFailures} failed sign-ins in a row an account is locked
 * for {@code firstLock}; each further lock before a successful sign-in lasts twice as long, up to
 * {@code longestLock}.
 */
@ConfigurationProperties("tidemark.security.lockout")
public record LockoutProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("1m") Duration firstLock,
        @DefaultValue("1h") Duration longestLock) {

    public LockoutProperties {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("tidemark.security.lockout.max-failures must be at least 1");
        }
    }

    /** How long the {@code n}th lock in a row lasts (n from 1). */
    Duration lockNumber(int n) {
        Duration lock = firstLock;
        for (int i = 1; i < n && lock.compareTo(longestLock) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(longestLock) > 0 ? longestLock : lock;
    }
}
