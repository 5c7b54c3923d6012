package uk.tidemark.kernel.incident.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

/** The case was triaged. */
@Revision("1")
public record IncidentTriaged(IncidentId incidentId, Severity severity, String reason, String ownerId,
                              AllegationRoute allegationRoute) implements IncidentEvent {
}
