package uk.tidemark.kernel.disciplinary;

/** The decision on an appeal: the outcome stands, is set aside, or is replaced by another. */
public enum AppealDecision {
    UPHELD, OVERTURNED, VARIED
}
