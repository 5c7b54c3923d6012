package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

/** The case was given to an owner. */
@Revision("1")
public record IncidentAssigned(IncidentId incidentId, String ownerId,
                               @Personal String reason) implements IncidentEvent {
}
