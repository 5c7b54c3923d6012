package uk.tidemark.kernel.incident.query;

import uk.tidemark.kernel.incident.IncidentId;

/** What is the current state of this case? Answers an {@link IncidentDetail}, or null when unknown. */
public record FindIncident(IncidentId incidentId) {
}
