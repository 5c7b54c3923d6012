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
}
