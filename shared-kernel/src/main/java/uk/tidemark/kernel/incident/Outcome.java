package uk.tidemark.kernel.incident;

/** How a case was closed. */
public enum Outcome {
    RESOLVED_INFORMALLY, CONTENT_REMOVED, WARNING_COMPLIED, POLICE_ACTION, DISCIPLINARY_ACTION, NO_FURTHER_ACTION,
    UNFOUNDED, MALICIOUS
}
