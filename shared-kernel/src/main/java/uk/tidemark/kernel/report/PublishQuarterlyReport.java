package uk.tidemark.kernel.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Publish a quarter's report for these settings, freezing it: the report as the query side answered it, the trust's
 * and the settings' names as they are now, and the narrative, with the SHA-256 of the canonical JSON of that content
 * ({@code publicationId}, {@code quarter}, {@code trustName}, {@code settings}, {@code report} and {@code narrative};
 * decision 0014). Answers the publication's version: 1, or the next after the earlier ones of the same report. Who
 * publishes is the actor metadata, as for every command.
 */
public record PublishQuarterlyReport(@TargetAggregateIdentifier QuarterReportId reportId, String publicationId,
                                     Quarter quarter, String trustName, List<PublishedSetting> settings,
                                     QuarterlyReport report, String narrative, String sha256) {
}
