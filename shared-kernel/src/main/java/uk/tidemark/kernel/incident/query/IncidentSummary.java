package uk.tidemark.kernel.incident.query;

import uk.tidemark.kernel.incident.*;

import java.time.Instant;

/** A row of the case list; {@code reference} and {@code trustCategory} as in {@link IncidentDetail}. */
public record IncidentSummary(String id, String reference, String settingId, IncidentStatus status, Stage stage, Category category,
                              Platform platform, Severity severity, String ownerId, String reportedBy,
                              Instant occurredAt, Instant loggedAt, Instant updatedAt, boolean immediateRisk,
                              String summary, TrustCategory trustCategory) {
}
