package uk.tidemark.command.policy;

/** How many working days of the setting's calendar a member of staff has to acknowledge a policy version. */
public record PolicyTimescales(int acknowledgeDays) {

    public PolicyTimescales {
        if (acknowledgeDays < 1) {
            throw new IllegalArgumentException("the acknowledgement timescale is at least one working day");
        }
    }

    /** Ten working days (issue 18). */
    public static PolicyTimescales defaults() {
        return new PolicyTimescales(10);
    }
}
