package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.*;

import java.time.Instant;

/**
 * Amend what the report said: the summary, when it happened, or the platform (null: as it was), with why. The report
 * as first logged is kept.
 */
public record AmendReport(@TargetAggregateIdentifier IncidentId incidentId, String summary, Instant occurredAt,
                          Platform platform, String reason) implements RecordCorrection {
}
