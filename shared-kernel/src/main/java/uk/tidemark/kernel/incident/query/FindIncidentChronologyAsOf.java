package uk.tidemark.kernel.incident.query;

import uk.tidemark.kernel.incident.IncidentId;

import java.time.Instant;

/**
 * What had happened on this case by that moment, oldest first? Answers the {@link ChronologyEntry} list the case's
 * events up to and including {@code asOf} made; empty when the case did not exist yet.
 */
public record FindIncidentChronologyAsOf(IncidentId incidentId, Instant asOf) {
}
