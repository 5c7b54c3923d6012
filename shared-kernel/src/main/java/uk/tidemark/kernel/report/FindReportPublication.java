package uk.tidemark.kernel.report;

/**
 * One publication with everything it froze. Answers an {@code Optional<ReportPublication>}, empty when there is
 * none of that id; whether the reader may see it is the caller's to decide (all its settings in their scope).
 */
public record FindReportPublication(String publicationId) {
}
