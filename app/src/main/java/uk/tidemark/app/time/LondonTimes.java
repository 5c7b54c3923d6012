package uk.tidemark.app.time;

import uk.tidemark.command.deadline.WorkingCalendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as the pages and e-mails show them: in Europe/London (the organisations' own clock), written out as people
 * write them, never as ISO text (decision 0045): "Friday 11 December 2026" ({@link #full}), "11 Dec, 17:00" within
 * this year ({@link #brief}), "Tue 3 Mar 2026 09:00" in tables ({@link #format}). Every
 * page formats its dates through here, so that any date the read side holds can be shown: the window (decision 0027)
 * keeps new ones between 1900 and 2100, but a date stored before it, or at the read store's limits, is shown as
 * its ISO text rather than failing the page (an instant beyond year 999,999,999 has no date in London).
 */
public final class LondonTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_AND_TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter FULL_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter BRIEF = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter BRIEF_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    /** The clock "this year" is read from: the system's, or a test's. */
    private static java.time.Clock clock = java.time.Clock.systemUTC();

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

    /** A day written out, e.g. "Friday 11 December 2026": where a date stands on its own (a hearing, a deadline). */
    public static String full(LocalDate day) {
        return show(FULL, day);
    }

    /** The day of {@code at} in London, written out: "Friday 11 December 2026". */
    public static String full(Instant at) {
        return show(FULL, at);
    }

    /** Written out with its time: "Friday 11 December 2026, 17:00" (an e-mail, a letter). */
    public static String fullWithTime(Instant at) {
        return show(FULL_AND_TIME, at);
    }

    /**
     * A time when something happened, whose time of day may not be known: written out with its time, or, at the
     * very start of a day in London (what a page records for "time not known", decision 0045), its day alone with
     * "time not known".
     */
    public static String happened(Instant at) {
        if (at == null) {
            return "";
        }
        try {
            if (at.atZone(WorkingCalendar.UK).toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
                return full(at) + " (time not known)";
            }
        } catch (DateTimeException beyondTheCalendar) {
            return at.toString();
        }
        return fullWithTime(at);
    }

    /** Short, as in a list or a line: "11 Dec, 17:00" this year (in London), "11 Dec 2025, 17:00" another. */
    public static String brief(Instant at) {
        if (at == null) {
            return "";
        }
        try {
            return at.atZone(WorkingCalendar.UK).getYear() == thisYear() ? show(BRIEF, at) : show(DATE_AND_TIME, at);
        } catch (DateTimeException beyondTheCalendar) {
            return at.toString();
        }
    }

    /** A day, short: "11 Dec" this year, "11 Dec 2025" another. */
    public static String brief(LocalDate day) {
        if (day == null) {
            return "";
        }
        return day.getYear() == thisYear() ? show(BRIEF_DAY, day) : show(DAY, day);
    }

    private static final java.util.regex.Pattern ISO = java.util.regex.Pattern.compile(
            "\\b(\\d{4}-\\d{2}-\\d{2})(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2}))?\\b");

    /**
     * A sentence with its ISO dates and instants written out ("the earliest date it can be held is Monday 14
     * December 2026"): for the rules' refusals, which the API words with ISO dates, when a page shows them.
     */
    public static String writtenOut(String text) {
        if (text == null || text.indexOf('-') < 0) {
            return text;
        }
        java.util.regex.Matcher m = ISO.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String words;
            try {
                words = m.group(2) == null ? full(LocalDate.parse(m.group(1)))
                        : fullWithTime(java.time.OffsetDateTime.parse(m.group()).toInstant());
            } catch (DateTimeException notADate) {
                words = m.group();
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(words));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** For tests of "this year": the clock it is read from (null: the system's). */
    static void useClock(java.time.Clock testClock) {
        clock = testClock == null ? java.time.Clock.systemUTC() : testClock;
    }

    private static int thisYear() {
        return LocalDate.now(clock.withZone(WorkingCalendar.UK)).getYear();
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

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /** "today at 17:00", "tomorrow at 09:00", else the day written out and the time, as {@link #fullWithTime}. */
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
            return fullWithTime(at);
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
