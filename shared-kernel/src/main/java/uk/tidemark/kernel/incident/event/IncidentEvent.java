package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.DataKeyed;
import uk.tidemark.kernel.incident.IncidentId;

/** Every event of the incident case carries the case id first. */
public interface IncidentEvent extends DataKeyed {
    IncidentId incidentId();

    @Override
    default String dataKey() {
        return incidentId().value();
    }
}
