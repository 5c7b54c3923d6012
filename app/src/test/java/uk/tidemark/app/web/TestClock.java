package uk.tidemark.app.web;

import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Tidemark's time, moved on in a test. The aggregates read Axon's event clock, so from now on they stamp events
 * and check windows as if it were {@code virtualNow}; the durable deadlines that would have fallen due by then
 * are made due in db-scheduler's table, so the scheduler fires them on its next poll, as the months passing
 * would. {@link #reset()} puts the real clock back.
 */
public final class TestClock {

    private TestClock() {
    }

    /** @return how many stored deadlines were made due */
    public static int advanceTo(Instant virtualNow, JdbcTemplate jdbc) {
        GenericEventMessage.clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), virtualNow));
        return jdbc.update("UPDATE scheduled_tasks SET execution_time = ? WHERE execution_time <= ?",
                Timestamp.from(Instant.now().minusSeconds(1)), Timestamp.from(virtualNow));
    }

    /**
     * The aggregates act as if it were {@code virtualNow}, without making any stored deadline due: for a step that
     * may only be taken on a later day (a hearing recorded on its date).
     */
    public static void pretend(Instant virtualNow) {
        GenericEventMessage.clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), virtualNow));
    }

    public static void reset() {
        GenericEventMessage.clock = Clock.systemUTC();
    }
}
