package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

/** The police gave an update. */
@Revision("1")
public record PoliceUpdateRecorded(IncidentId incidentId, String updateId, String status, @Personal String note,
                                   String crimeReference) implements IncidentEvent {
}
