package uk.tidemark.kernel.incident.query;

import uk.tidemark.kernel.incident.IncidentId;

import java.time.Instant;

/**
 * What was this case at that moment? Answers the {@link IncidentDetail} the case's events up to and including
 * {@code asOf} made (to the millisecond, as the case's times are shown), or null when the case did not exist yet.
 */
public record FindIncidentAsOf(IncidentId incidentId, Instant asOf) {
}
