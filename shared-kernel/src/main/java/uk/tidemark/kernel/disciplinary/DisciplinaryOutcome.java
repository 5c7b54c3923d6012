package uk.tidemark.kernel.disciplinary;

/** What a disciplinary hearing decides (ACAS Code); summary dismissal is for gross misconduct. */
public enum DisciplinaryOutcome {
    NO_ACTION, INFORMAL_ADVICE, FIRST_WRITTEN_WARNING, FINAL_WRITTEN_WARNING, DISMISSAL_WITH_NOTICE, SUMMARY_DISMISSAL;

    /** A written warning stays on the employee's record for a time, then expires on its own. */
    public boolean isWrittenWarning() {
        return this == FIRST_WRITTEN_WARNING || this == FINAL_WRITTEN_WARNING;
    }

    /** A dismissal in a case about harm to children obliges the employer to decide on a DBS referral. */
    public boolean isDismissal() {
        return this == DISMISSAL_WITH_NOTICE || this == SUMMARY_DISMISSAL;
    }
}
