package uk.tidemark.kernel.incident;

/** The kind of warning given to a named person. */
public enum WarningKind {
    VERBAL, WRITTEN, REMOVAL_REQUEST, FINAL
}
