package uk.tidemark.kernel.incident;

/** Whether a case is open or closed. */
public enum IncidentStatus {
    OPEN, CLOSED
}
