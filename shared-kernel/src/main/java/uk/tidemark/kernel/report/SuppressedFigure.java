package uk.tidemark.kernel.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A share or a median as the trustees' report may show it (docs/decisions/0014). Computed from 1 to 4 cases it is
 * shown as "fewer than 5 cases" instead of the figure; from none, "no cases". A share is also withheld when the
 * cases it divides include 1 to 4 met or 1 to 4 missed, because the share times the (shown) number of cases
 * would give that small number back. {@code value} is null whenever the figure is not shown.
 */
@JsonPropertyOrder({"value", "display", "status", "unit"})
@JsonIgnoreProperties(ignoreUnknown = true)
public record SuppressedFigure(Double value, String display, Status status, String unit) {
    public static final String FEWER_THAN_5_CASES = "fewer than 5 cases";
    public static final String NO_CASES = "no cases";

    public enum Status { SHOWN, NO_CASES, FEWER_THAN_5_CASES, WITHHELD }

    public SuppressedFigure {
        if ((status == Status.SHOWN) != (value != null)) {
            throw new IllegalArgumentException("a value is carried exactly when the figure is shown");
        }
    }

    /** The share of {@code decided} deadlines that were met, as a percentage rounded to a whole number. */
    public static SuppressedFigure share(long met, long decided) {
        long missed = decided - met;
        if (decided == 0) {
            return new SuppressedFigure(null, NO_CASES, Status.NO_CASES, "percent");
        }
        if (SuppressedCount.isSmall(decided)) {
            return new SuppressedFigure(null, FEWER_THAN_5_CASES, Status.FEWER_THAN_5_CASES, "percent");
        }
        if (SuppressedCount.isSmall(met) || SuppressedCount.isSmall(missed)) {
            return new SuppressedFigure(null, SuppressedCount.WITHHELD_TEXT, Status.WITHHELD, "percent");
        }
        long percent = Math.round(100.0 * met / decided);
        return new SuppressedFigure((double) percent, percent + "%", Status.SHOWN, "percent");
    }

    /**
     * The share of {@code decided} deadlines that were met, for the trust as a whole (decision 0014): shown whenever
     * 5 or more were decided, even if 1 to 4 were missed, because how many deadlines the trust missed is the board's
     * business and the report prints no count of deadlines a share could be multiplied back into.
     */
    public static SuppressedFigure shareOfAtLeastFive(long met, long decided) {
        if (decided == 0) {
            return new SuppressedFigure(null, NO_CASES, Status.NO_CASES, "percent");
        }
        if (SuppressedCount.isSmall(decided)) {
            return new SuppressedFigure(null, FEWER_THAN_5_CASES, Status.FEWER_THAN_5_CASES, "percent");
        }
        // never "100%" while one was missed, nor "0%" while one was met
        long percent = met == decided ? 100
                : met == 0 ? 0 : Math.max(1, Math.min(99, Math.round(100.0 * met / decided)));
        return new SuppressedFigure((double) percent, percent + "%", Status.SHOWN, "percent");
    }

    /** A share that could be worked back to a withheld count: shown as "withheld". */
    public static SuppressedFigure withheldShare() {
        return new SuppressedFigure(null, SuppressedCount.WITHHELD_TEXT, Status.WITHHELD, "percent");
    }

    /** The median of {@code minutes} (one per case), in whole minutes, shown as "2 hours 5 minutes". */
    public static SuppressedFigure medianMinutes(List<Long> minutes) {
        if (minutes.isEmpty()) {
            return new SuppressedFigure(null, NO_CASES, Status.NO_CASES, "minutes");
        }
        if (SuppressedCount.isSmall(minutes.size())) {
            return new SuppressedFigure(null, FEWER_THAN_5_CASES, Status.FEWER_THAN_5_CASES, "minutes");
        }
        List<Long> sorted = minutes.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        long whole = Math.round(median);
        return new SuppressedFigure((double) whole, duration(whole), Status.SHOWN, "minutes");
    }

    /** "under a minute", "15 minutes", "2 hours 5 minutes", "1 day 3 hours": the two largest units, in words. */
    static String duration(long minutes) {
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long mins = minutes % 60;
        if (days > 0) {
            return unit(days, "day") + (hours > 0 ? " " + unit(hours, "hour") : "");
        }
        if (hours > 0) {
            return unit(hours, "hour") + (mins > 0 ? " " + unit(mins, "minute") : "");
        }
        return mins == 0 ? "under a minute" : unit(mins, "minute");
    }

    private static String unit(long n, String name) {
        return n + " " + name + (n == 1 ? "" : "s");
    }

    public boolean shown() {
        return status == Status.SHOWN;
    }
}
