package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.PersonId;

/** A person named on the case was identified as the Tidemark user {@code username}. */
@Revision("1")
public record PersonLinkedToUser(IncidentId incidentId, PersonId personId,
                                 @Personal String username) implements IncidentEvent {
}
