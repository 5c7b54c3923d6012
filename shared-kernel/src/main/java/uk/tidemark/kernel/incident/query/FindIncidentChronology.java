package uk.tidemark.kernel.incident.query;

import uk.tidemark.kernel.incident.IncidentId;

/** What happened on this case, oldest first? Answers a list of {@link ChronologyEntry}. */
public record FindIncidentChronology(IncidentId incidentId) {
}
