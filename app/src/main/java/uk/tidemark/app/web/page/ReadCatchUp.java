package uk.tidemark.app.web.page;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * After an action, waits (briefly, bounded) for the read model to show it, so that the page the action redirects
 * to shows what was just done rather than the state before it. The read side normally follows within a few tens
 * of milliseconds; if it is slower than the bound the page shows the older state, which is no worse than a
 * refresh too early, and the next load catches up.
 */
public final class ReadCatchUp {

    /** Long enough for a busy machine, short enough that a stuck projection does not hang a page. */
    public static final Duration BOUND = Duration.ofSeconds(3);

    private ReadCatchUp() {
    }

    /**
     * Polls {@code version} (the read model's version of the case, -1 while it does not have it) until it is
     * above {@code after}; true if it got there within the bound.
     */
    public static boolean awaitAbove(LongSupplier version, long after) {
        return awaitAbove(version, after, BOUND);
    }

    /** As {@link #awaitAbove(LongSupplier, long)}, within {@code bound}. */
    public static boolean awaitAbove(LongSupplier version, long after, Duration bound) {
        long until = System.nanoTime() + bound.toNanos();
        while (true) {
            if (version.getAsLong() > after) {
                return true;
            }
            if (System.nanoTime() > until) {
                return false;
            }
            try {
                Thread.sleep(15);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** The version a page's hidden field carried, or null when it is missing or not a number. */
    public static Long parseVersion(String submitted) {
        if (submitted == null || !submitted.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(submitted.strip());
    }
}
