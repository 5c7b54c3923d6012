package uk.tidemark.kernel.report;

/** A setting as a published report names it: its id, and its name when the report was published. */
public record PublishedSetting(String settingId, String name) {
}
