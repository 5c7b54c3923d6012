package uk.tidemark.command.complaint;

/**
 * How many school days the setting gives itself for each step of a complaint (BRIEF.md "Complaint"). Counted
 * from the day of the event that starts the clock, which itself never counts. School days are the working days of
 * the setting's calendar within its terms, as an administrator entered them (decision 0048); working days when it
 * has none.
 */
public record ComplaintTimescales(int acknowledgeDays, int formalResponseDays, int panelDays) {

    public ComplaintTimescales {
        // a zero or negative timescale would set a deadline on or before the day the clock started
        if (acknowledgeDays < 1 || formalResponseDays < 1 || panelDays < 1) {
            throw new IllegalArgumentException("complaint timescales are at least one school day");
        }
    }

    /** The BRIEF.md defaults: acknowledge within 5, respond formally within 15, hold the panel within 20. */
    public static ComplaintTimescales defaults() {
        return new ComplaintTimescales(5, 15, 20);
    }
}
