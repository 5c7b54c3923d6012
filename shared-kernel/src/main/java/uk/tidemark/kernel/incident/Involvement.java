package uk.tidemark.kernel.incident;

/** How a person is involved in a case. */
public enum Involvement {
    SUBJECT, TARGET, WITNESS
}
