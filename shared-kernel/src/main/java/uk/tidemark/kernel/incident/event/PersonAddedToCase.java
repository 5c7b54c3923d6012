package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

/** A person the report left out was named on the case, and why. */
@Revision("1")
public record PersonAddedToCase(IncidentId incidentId, Person person,
                                @Personal String reason) implements IncidentEvent {
}
