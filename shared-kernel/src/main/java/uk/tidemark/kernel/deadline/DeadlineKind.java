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

    /** How people call it, in a sentence: "Deadline missed: LADO referral". */
    public String label() {
        return switch (this) {
            case FIRST_RESPONSE -> "first response";
            case LADO_REFERRAL -> "LADO referral";
            case REFERRAL_FOLLOW_UP -> "referral follow-up";
            case WARNING_RESPONSE -> "response to a warning";
            case HEARING_NOTICE -> "disciplinary hearing";
            case APPEAL_WINDOW -> "appeal window";
            case WARNING_EXPIRY -> "warning expiry";
            case COMPLAINT_ACKNOWLEDGEMENT -> "complaint acknowledgement";
            case COMPLAINT_RESPONSE -> "formal complaint response";
            case COMPLAINT_PANEL -> "complaint panel";
        };
    }

    /** Whether the end of the period is itself the fulfilling event (a timer), rather than someone's obligation. */
    public boolean endsByItself() {
        return this == APPEAL_WINDOW || this == WARNING_EXPIRY;
    }
}
