package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

/** The case was closed. */
@Revision("1")
public record IncidentClosed(IncidentId incidentId, Outcome outcome,
                             @Personal String rationale) implements IncidentEvent {
}
