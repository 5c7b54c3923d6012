package uk.tidemark.app.time;

import uk.tidemark.command.deadline.WorkingCalendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as the pages show them: in Europe/London (the organisations' own clock), e.g. "Tue 3 Mar 2026 09:00". Every
 * page formats its dates through here, so that any date the read side holds can be shown: the window (decision 0027)
 * keeps new ones between 1900 and 2100, but a date stored before it, or at the read store's limits, is shown as
 * its ISO text rather than failing the page (an instant beyond year 999,999,999 has no date in London).
 */
public final class LondonTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_AND_TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private LondonTimes() {
    }

    /** With its weekday, e.g. "Tue 3 Mar 2026 09:00": lists and tables. */
    public static String format(Instant at) {
        return show(SHOWN, at);
    }

    /** Without a weekday, e.g. "3 Mar 2026, 09:00": inside a sentence of a case page. */
    public static String dateAndTime(Instant at) {
        return show(DATE_AND_TIME, at);
    }

    /** A day, e.g. "3 Mar 2026". */
    public static String day(LocalDate day) {
        return show(DAY, day);
    }

    /** {@code at} in London with {@code pattern}; its ISO text when London has no such date; nothing for null. */
    public static String show(DateTimeFormatter pattern, Instant at) {
        if (at == null) {
            return "";
        }
        try {
            return pattern.format(at.atZone(WorkingCalendar.UK));
        } catch (DateTimeException beyondTheCalendar) {
            return at.toString();
        }
    }

    /** {@code day} with {@code pattern}; its ISO text when the pattern cannot write it; nothing for null. */
    public static String show(DateTimeFormatter pattern, LocalDate day) {
        if (day == null) {
            return "";
        }
        try {
            return pattern.format(day);
        } catch (DateTimeException beyondTheCalendar) {
            return day.toString();
        }
    }

    // Deadlines as the dashboard and the deadline board write them (issue 16, item 5)

    private static final DateTimeFormatter WRITTEN_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu",
            Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_TIME = DateTimeFormatter.ofPattern("d MMM, HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR_TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /** The day written out, e.g. "Friday 11 December 2026". */
    public static String writtenDay(Instant at) {
        return show(WRITTEN_DAY, at);
    }

    /** The day written out and the time, e.g. "Friday 11 December 2026, 17:00". */
    public static String writtenDayAndTime(Instant at) {
        return at == null ? "" : show(WRITTEN_DAY, at) + ", " + show(CLOCK, at);
    }

    /** Short, e.g. "11 Dec, 17:00"; with the year when it is not this year's, "11 Dec 2025, 17:00". */
    public static String shortDayAndTime(Instant at, Instant now) {
        if (at == null) {
            return "";
        }
        try {
            boolean thisYear = at.atZone(WorkingCalendar.UK).getYear() == now.atZone(WorkingCalendar.UK).getYear();
            return show(thisYear ? DAY_MONTH_TIME : DAY_MONTH_YEAR_TIME, at);
        } catch (DateTimeException beyondTheCalendar) {
            return at.toString();
        }
    }

    /** "today at 17:00", "tomorrow at 09:00", else the day written out and the time, as {@link #writtenDayAndTime}. */
    public static String dueWords(Instant at, Instant now) {
        if (at == null) {
            return "";
        }
        try {
            LocalDate day = at.atZone(WorkingCalendar.UK).toLocalDate();
            LocalDate today = now.atZone(WorkingCalendar.UK).toLocalDate();
            if (day.equals(today)) {
                return "today at " + show(CLOCK, at);
            }
            if (day.equals(today.plusDays(1))) {
                return "tomorrow at " + show(CLOCK, at);
            }
            return writtenDayAndTime(at);
        } catch (DateTimeException beyondTheCalendar) {
            return at.toString();
        }
    }

    /** How long ago {@code at} was, in the largest whole unit: "3 days", "1 hour", "20 minutes"; "" when not past. */
    public static String howLongAgo(Instant at, Instant now) {
        if (at == null || !at.isBefore(now)) {
            return "";
        }
        java.time.Duration late = java.time.Duration.between(at, now);
        long days = late.toDays();
        if (days > 0) {
            return days + (days == 1 ? " day" : " days");
        }
        long hours = late.toHours();
        if (hours > 0) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        long minutes = Math.max(1, late.toMinutes());
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
