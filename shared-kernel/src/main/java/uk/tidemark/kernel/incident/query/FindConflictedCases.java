package uk.tidemark.kernel.incident.query;

/**
 * Which cases must {@code username} never see, being a subject of them? Answers {@link ConflictedCases}: the
 * incidents naming them as a SUBJECT, and the disciplinary cases and complaints opened from those incidents.
 */
public record FindConflictedCases(String username) {
}
