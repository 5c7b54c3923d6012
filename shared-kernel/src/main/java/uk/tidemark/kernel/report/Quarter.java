package uk.tidemark.kernel.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A calendar quarter (January to March is Q1) in UK time, the trustees' reporting period. Its start and end are
 * midnight in Europe/London, so a case logged at 00:30 BST on 1 April belongs to Q2 even though it is still
 * 31 March in UTC.
 */
public record Quarter(int year, int quarter) {
    public static final ZoneId UK = ZoneId.of("Europe/London");

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, not " + quarter);
        }
    }

    /** The quarter in which {@code at} falls, in UK time. */
    public static Quarter containing(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, UK);
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The first instant of the quarter (inclusive). */
    public Instant start() {
        return firstDay().atStartOfDay(UK).toInstant();
    }

    /** The first instant after the quarter (exclusive). */
    public Instant end() {
        return next().start();
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    /** The same quarter a year before. */
    public Quarter sameQuarterLastYear() {
        return new Quarter(year - 1, quarter);
    }

    /** The quarter {@code n} quarters before this one (0: this one). */
    public Quarter minus(int n) {
        int index = year * 4 + (quarter - 1) - n;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /** "Q2 2026". */
    public String shortLabel() {
        return "Q" + quarter + " " + year;
    }

    /** "April to June 2026". */
    public String label() {
        LocalDate first = firstDay();
        return month(first) + " to " + month(first.plusMonths(2)) + " " + year;
    }

    private LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    private static String month(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
