package uk.tidemark.app.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When the office steps of an HR case or a complaint happen: on a weekday, from 09:30 UK time, ten minutes apart,
 * and never later than a few minutes before seeding (the same bound as an incident's steps).
 */
final class OfficeHours {

    private static final LocalTime START = LocalTime.of(9, 30);

    private OfficeHours() {
    }

    /** The UK date {@code days} before {@code now}. */
    static LocalDate daysBefore(Instant now, int days) {
        return LocalDate.ofInstant(now, DemoPlanning.UK).minusDays(days);
    }

    /** {@code date}, or the Monday after it when it falls on a weekend. */
    static LocalDate weekdayFrom(LocalDate date) {
        LocalDate day = date;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The time of the {@code index}th step of a story on {@code date}, no earlier than {@code previous} (so a
     * story's steps stay in order) and no later than five minutes before {@code now}.
     */
    static Instant at(LocalDate date, int index, Instant previous, Instant now) {
        Instant at = date.atTime(START).atZone(DemoPlanning.UK).toInstant().plus(Duration.ofMinutes(10L * index));
        Instant latest = now.minus(Duration.ofMinutes(5));
        if (at.isAfter(latest)) {
            at = latest;
        }
        return previous != null && previous.isAfter(at) ? previous : at;
    }

    /** The UK date of an instant. */
    static LocalDate dateOf(Instant at) {
        return LocalDate.ofInstant(at, DemoPlanning.UK);
    }
}
