package uk.tidemark.kernel.deadline;

/**
 * Every deadline BRIEF.md "Deadlines" names. The first four and the three complaint kinds are obligations: missing
 * one is a {@code DeadlineMissed}. HEARING_NOTICE is the date the invited hearing must be held by. APPEAL_WINDOW
 * and WARNING_EXPIRY are periods that end by themselves: their end meets them, they cannot be missed. The nine
 * kinds from IMAGE_REMOVAL on belong to the registers of issue 18 and are all obligations.
 */
public enum DeadlineKind {
    FIRST_RESPONSE, LADO_REFERRAL, REFERRAL_FOLLOW_UP, WARNING_RESPONSE,
    HEARING_NOTICE, APPEAL_WINDOW, WARNING_EXPIRY,
    COMPLAINT_ACKNOWLEDGEMENT, COMPLAINT_RESPONSE, COMPLAINT_PANEL,
    // the registers of issue 18 (decision 0050): all obligations
    IMAGE_REMOVAL, CONSENT_REVIEW,
    ACCOUNT_PASSWORD_CHANGE, ACCOUNT_HANDOVER, ACCOUNT_REVIEW, MODERATOR_DBS_RENEWAL,
    POLICY_ACKNOWLEDGEMENT, DECLARATION_DECISION, LOW_LEVEL_CONCERN_REVIEW,
    // records governance, issue 19 (decisions 0051–0053): obligations
    RETENTION_REVIEW, SUBJECT_ACCESS_RESPONSE,
    // record transfer, issue 20 (decision 0055): the receipt is due 5 school days from the pupil's start
    RECORD_TRANSFER;

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
            case IMAGE_REMOVAL -> "removal of the image";
            case CONSENT_REVIEW -> "image consent review";
            case ACCOUNT_PASSWORD_CHANGE -> "password change";
            case ACCOUNT_HANDOVER -> "account handover";
            case ACCOUNT_REVIEW -> "yearly account review";
            case MODERATOR_DBS_RENEWAL -> "moderator's DBS check renewal";
            case POLICY_ACKNOWLEDGEMENT -> "policy acknowledgement";
            case DECLARATION_DECISION -> "decision on the request";
            case LOW_LEVEL_CONCERN_REVIEW -> "low-level concerns review";
            case RETENTION_REVIEW -> "retention review";
            case SUBJECT_ACCESS_RESPONSE -> "response to a subject access request";
            case RECORD_TRANSFER -> "receipt of a record transfer";
        };
    }

    /** Whether the end of the period is itself the fulfilling event (a timer), rather than someone's obligation. */
    public boolean endsByItself() {
        return this == APPEAL_WINDOW || this == WARNING_EXPIRY;
    }
}
