package uk.tidemark.kernel.report;

import java.time.Instant;
import java.util.List;

/**
 * One publication as {@link QuarterlyReportPublished} froze it, with the time it was published: the report, the
 * trust's and the settings' names then, the narrative, who published it (username) and its SHA-256.
 */
public record ReportPublication(String publicationId, QuarterReportId reportId, Quarter quarter, int version,
                                String trustName, List<PublishedSetting> settings, QuarterlyReport report,
                                String narrative, String publishedBy, Instant publishedAt, String sha256) {

    public List<String> settingIds() {
        return settings.stream().map(PublishedSetting::settingId).toList();
    }
}
