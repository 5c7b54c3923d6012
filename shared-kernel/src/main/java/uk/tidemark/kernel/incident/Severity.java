package uk.tidemark.kernel.incident;

/** The DSL's assessment at triage. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
