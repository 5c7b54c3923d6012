package uk.tidemark.kernel;

/** The three kinds of case a deadline (or a notification) can belong to. */
public enum CaseType {
    INCIDENT, DISCIPLINARY, COMPLAINT
}
