package uk.tidemark.kernel.person;

/**
 * What an import changed: people who joined (or came back), whose details changed, who left, and who were as before;
 * and the roster as the import left it.
 */
public record RosterImportResult(int joined, int changed, int left, int unchanged, RosterSummary roster) {
}
