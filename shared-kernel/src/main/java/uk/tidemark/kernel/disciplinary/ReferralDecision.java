package uk.tidemark.kernel.disciplinary;

/** Whether the employer referred the case to a barring body (the DBS, or the TRA for a teacher). */
public enum ReferralDecision {
    REFERRED, NOT_REFERRED
}
