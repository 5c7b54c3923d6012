package uk.tidemark.kernel.incident.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

/** The case was closed. */
@Revision("1")
public record IncidentClosed(IncidentId incidentId, Outcome outcome, String rationale) implements IncidentEvent {
}
