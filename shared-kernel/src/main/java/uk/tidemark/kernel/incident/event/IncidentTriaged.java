package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

/** The case was triaged. */
@Revision("1")
public record IncidentTriaged(IncidentId incidentId, Severity severity, @Personal String reason, String ownerId,
                              AllegationRoute allegationRoute) implements IncidentEvent {
}
