package uk.tidemark.command.lowlevel;

/**
 * The pattern of low-level concerns that prompts a review ({@code threshold} concerns about one member of staff
 * within {@code windowMonths}, counted since the last review), and the working days the review is due within.
 */
public record LowLevelConcernTimescales(int threshold, int windowMonths, int reviewDays) {

    public LowLevelConcernTimescales {
        if (threshold < 1 || windowMonths < 1 || reviewDays < 1) {
            throw new IllegalArgumentException("the low-level concerns pattern and review timescale are at least 1");
        }
    }

    /** Three concerns in twelve months; the review within five working days. */
    public static LowLevelConcernTimescales defaults() {
        return new LowLevelConcernTimescales(3, 12, 5);
    }
}
