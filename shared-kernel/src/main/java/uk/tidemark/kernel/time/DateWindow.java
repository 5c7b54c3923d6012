package uk.tidemark.kernel.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates Tidemark accepts from anyone: 1 January 1900 to 31 December 2100. Every date and time a command
 * carries is inside it, so that every part of the system can store it (MongoDB keeps milliseconds since 1970 in 64
 * bits; the scheduler and the relational store have their own limits), count with it (working days, months) and
 * show it. Nothing a school records happened before 1900 or falls due after 2100.
 *
 * <p>The web checks it first, with the other date rules (docs/decisions/0027-one-rule-for-dates.md), and answers 400
 * naming the field; the aggregates check it again before any deadline arithmetic, so that no other way in (a test
 * fixture, a future integration, the demo) can store a date the read side cannot hold. An instant is inside when its
 * date in UTC is: at both ends of the window London keeps GMT, so UTC and UK dates agree there.
 */
public final class DateWindow {

    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
    /** The first instant inside: the start of {@link #FIRST_DAY}. */
    public static final Instant FIRST_INSTANT = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    /** The last instant inside: the end of {@link #LAST_DAY}. */
    public static final Instant LAST_INSTANT = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
            .minusNanos(1);
    /** The refusal, as a field's problem: "{field} must be between ..." (a constant, for annotations). */
    public static final String OUTSIDE = "must be between 1900-01-01 and 2100-12-31.";

    private DateWindow() {
    }

    public static boolean contains(LocalDate date) {
        return date != null && !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }

    public static boolean contains(Instant at) {
        return at != null && !at.isBefore(FIRST_INSTANT) && !at.isAfter(LAST_INSTANT);
    }

    /**
     * Refuses a date outside the window with a {@link DateRefusedException} naming {@code field}; an absent date
     * passes (whether it may be absent is the command's own rule).
     */
    public static void require(String field, LocalDate date) {
        if (date != null && !contains(date)) {
            throw new DateRefusedException(field, OUTSIDE);
        }
    }

    public static void require(String field, Instant at) {
        if (at != null && !contains(at)) {
            throw new DateRefusedException(field, OUTSIDE);
        }
    }
}
