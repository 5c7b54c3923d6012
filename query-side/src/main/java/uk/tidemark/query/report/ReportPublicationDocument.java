package uk.tidemark.query.report;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.tidemark.kernel.report.PublicationSummary;
import uk.tidemark.kernel.report.PublishedSetting;
import uk.tidemark.kernel.report.Quarter;
import uk.tidemark.kernel.report.QuarterReportId;
import uk.tidemark.kernel.report.QuarterlyReport;
import uk.tidemark.kernel.report.ReportPublication;

import java.time.Instant;
import java.util.List;

/**
 * One published version of a quarter's report in collection {@value #COLLECTION}, as
 * {@link ReportPublicationProjection} keeps it: everything its event froze, the report whole, and the time of the
 * event. {@code settingIds} beside {@code settings} for the reader's scope.
 */
@Document(collection = ReportPublicationDocument.COLLECTION)
class ReportPublicationDocument {
    static final String COLLECTION = "report_publications";

    @Id
    String id;
    String reportId;
    int year;
    int quarter;
    int version;
    String trustName;
    List<PublishedSetting> settings;
    List<String> settingIds;
    QuarterlyReport report;
    String narrative;
    String publishedBy;
    Instant publishedAt;
    String sha256;
    /** The event's sequence in its stream: the version's own, so that a document is written once. */
    long lastSequence;

    ReportPublication publication() {
        return new ReportPublication(id, QuarterReportId.of(reportId), new Quarter(year, quarter), version, trustName,
                settings == null ? List.of() : List.copyOf(settings), report, narrative, publishedBy, publishedAt,
                sha256);
    }

    PublicationSummary summary() {
        return new PublicationSummary(id, QuarterReportId.of(reportId), new Quarter(year, quarter), version,
                settingIds == null ? List.of() : List.copyOf(settingIds), publishedBy, publishedAt, sha256);
    }
}
