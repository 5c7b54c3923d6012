package uk.tidemark.kernel.deadline;

/**
 * Every deadline BRIEF.md "Deadlines" names. The first four and the three complaint kinds are obligations: missing
 * one is a {@code DeadlineMissed}. HEARING_NOTICE is the date the invited hearing must be held by. APPEAL_WINDOW
 * and WARNING_EXPIRY are periods that end by themselves: their end meets them, they cannot be missed.
 */
public enum DeadlineKind {
    FIRST_RESPONSE, LADO_REFERRAL, REFERRAL_FOLLOW_UP, WARNING_RESPONSE,
    HEARING_NOTICE, APPEAL_WINDOW, WARNING_EXPIRY,
    COMPLAINT_ACKNOWLEDGEMENT, COMPLAINT_RESPONSE, COMPLAINT_PANEL;

    /** Whether the end of the period is itself the fulfilling event (a timer), rather than someone's obligation. */
    public boolean endsByItself() {
        return this == APPEAL_WINDOW || this == WARNING_EXPIRY;
    }
}
