package uk.tidemark.app.ops;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value computed at most once per {@code ttl}, on demand: the gauges read it when Prometheus scrapes, so an idle
 * instance queries nothing and ten scrapers a second cost one query per ttl.
 */
final class Cached<T> {

    private final long ttlNanos;
    private final Supplier<T> compute;
    private T value;
    private long computedAt;
    private boolean present;

    Cached(Duration ttl, Supplier<T> compute) {
        this.ttlNanos = ttl.toNanos();
        this.compute = compute;
    }

    synchronized T get() {
        long now = System.nanoTime();
        if (!present || now - computedAt >= ttlNanos) {
            value = compute.get();
            computedAt = now;
            present = true;
        }
        return value;
    }
}
