package uk.tidemark.kernel.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date as people write it, for the sentences the aggregates refuse with ("Monday 14 December 2026"): a refusal is
 * shown on a page as it is, so it never carries an ISO date.
 */
public final class WrittenDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private WrittenDates() {
    }

    /** "Monday 14 December 2026"; the ISO text for a date outside the window (which no sentence should carry). */
    public static String day(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateWindow.contains(date) ? DAY.format(date) : date.toString();
    }
}
