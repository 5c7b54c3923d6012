package uk.tidemark.kernel.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A count as the trustees' report may show it: the small-number rule in one place (docs/decisions/0014). A count
 * of 1 to 4 is shown as "fewer than 5" and its exact value is dropped here, so no format (JSON, CSV, PDF, page)
 * can show it; 0 is shown as 0. A count of 5 or more that would let a suppressed one be worked out by subtraction
 * is {@link Status#WITHHELD} ("withheld"). {@code count} is null whenever the count is not shown, and the
 * constructor refuses a shown count from 1 to 4, so a value of this type never carries a small number.
 */
@JsonPropertyOrder({"count", "display", "status"})
@JsonIgnoreProperties(ignoreUnknown = true)
public record SuppressedCount(Integer count, Status status) {
    public static final String FEWER_THAN_5 = "fewer than 5";
    public static final String WITHHELD_TEXT = "withheld";
    /** The smallest count shown as it is, other than 0. */
    public static final int THRESHOLD = 5;

    public enum Status {
        /** The count is shown: 0, or 5 or more. */
        SHOWN,
        /** 1 to 4: shown as "fewer than 5". */
        FEWER_THAN_5,
        /** 5 or more, but hidden so that a suppressed count cannot be worked out from a total. */
        WITHHELD
    }

    public SuppressedCount {
        if (status == null) {
            throw new IllegalArgumentException("a status is required");
        }
        if (status == Status.SHOWN && (count == null || count < 0 || isSmall(count))) {
            throw new IllegalArgumentException("only 0 or a count of " + THRESHOLD + " or more may be shown");
        }
        if (status != Status.SHOWN && count != null) {
            throw new IllegalArgumentException("a suppressed count carries no value");
        }
    }

    /** The one place the rule is applied: 1 to 4 becomes "fewer than 5". */
    public static SuppressedCount of(long exact) {
        if (exact < 0) {
            throw new IllegalArgumentException("a count cannot be negative");
        }
        return isSmall(exact) ? new SuppressedCount(null, Status.FEWER_THAN_5)
                : new SuppressedCount(Math.toIntExact(exact), Status.SHOWN);
    }

    public static SuppressedCount withheld() {
        return new SuppressedCount(null, Status.WITHHELD);
    }

    /** Whether a count falls under the rule (1 to 4). */
    public static boolean isSmall(long exact) {
        return exact >= 1 && exact < THRESHOLD;
    }

    /** What every format prints: "12", "0", "fewer than 5" or "withheld". */
    @JsonProperty("display")
    public String display() {
        return switch (status) {
            case SHOWN -> String.valueOf(count);
            case FEWER_THAN_5 -> FEWER_THAN_5;
            case WITHHELD -> WITHHELD_TEXT;
        };
    }

    public boolean shown() {
        return status == Status.SHOWN;
    }
}
