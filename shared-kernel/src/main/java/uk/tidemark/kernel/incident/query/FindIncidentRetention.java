package uk.tidemark.kernel.incident.query;

import uk.tidemark.kernel.incident.IncidentId;

/** Where a case stands in the retention schedule: answered with an {@link IncidentRetention}, or null. */
public record FindIncidentRetention(IncidentId incidentId) {
}
