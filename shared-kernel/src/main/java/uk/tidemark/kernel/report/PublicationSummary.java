package uk.tidemark.kernel.report;

import java.time.Instant;
import java.util.List;

/** One publication in a list: which report, which version, by whom (username) and when, and its SHA-256. */
public record PublicationSummary(String publicationId, QuarterReportId reportId, Quarter quarter, int version,
                                 List<String> settingIds, String publishedBy, Instant publishedAt, String sha256) {
}
