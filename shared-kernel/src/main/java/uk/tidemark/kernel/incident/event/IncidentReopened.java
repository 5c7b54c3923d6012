package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

/** The case was reopened. */
@Revision("1")
public record IncidentReopened(IncidentId incidentId, @Personal String reason) implements IncidentEvent {
}
