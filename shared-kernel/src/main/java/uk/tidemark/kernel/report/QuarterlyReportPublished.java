package uk.tidemark.kernel.report;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A quarter's report was published (issue 17): everything the board is shown, frozen in one event, so that later
 * corrections to the quarter's cases change today's figures but never what was published. {@code version} counts
 * the publications of the same report (1, then each correction, which supersedes the one before; all stay readable);
 * {@code publishedBy} is the username of who published it; {@code sha256} the SHA-256 of the canonical JSON of
 * {@code publicationId}, {@code quarter}, {@code trustName}, {@code settings}, {@code report} and {@code narrative}
 * (decision 0014 says how to recompute it). The time of publication is the event's.
 *
 * <p>The report is stored whole, so a change to the shape of {@link QuarterlyReport} changes what this event
 * holds: it needs a new revision here and an upcaster for the events stored before it.
 */
@Revision("1")
public record QuarterlyReportPublished(QuarterReportId reportId, String publicationId, int version, Quarter quarter,
                                       String trustName, List<PublishedSetting> settings, QuarterlyReport report,
                                       String narrative, String publishedBy, String sha256) {
}
