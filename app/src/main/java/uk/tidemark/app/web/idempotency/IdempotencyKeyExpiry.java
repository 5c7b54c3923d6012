package uk.tidemark.app.web.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes expired idempotency keys every {@code tidemark.idempotency.cleanup-interval}. Every
 * instance does, which is harmless (a delete of what has expired); a key past its lifetime is already ignored by a
 * claim, so this only keeps the table small. Not a db-scheduler task: those are the cases' deadlines.
 */
@Component
class IdempotencyKeyExpiry implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyExpiry.class);

    private final IdempotencyKeys keys;
    private final IdempotencyProperties properties;
    private ScheduledExecutorService timer;

    IdempotencyKeyExpiry(IdempotencyKeys keys, IdempotencyProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        long every = Math.max(1, properties.cleanupInterval().toMillis());
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "idempotency-key-expiry");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::removeExpired, every, every, TimeUnit.MILLISECONDS);
    }

    void removeExpired() {
        try {
            int removed = keys.removeExpired();
            if (removed > 0) {
                log.debug("Removed {} expired idempotency keys", removed);
            }
        } catch (RuntimeException e) {
            log.warn("Expired idempotency keys not removed this time: {}", e.getClass().getName());
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
