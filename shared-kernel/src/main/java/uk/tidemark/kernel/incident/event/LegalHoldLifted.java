package uk.tidemark.kernel.incident.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.Personal;
import uk.tidemark.kernel.incident.*;

/** The legal hold was lifted: the case may be destroyed at its review again. */
@Revision("1")
public record LegalHoldLifted(IncidentId incidentId, @Personal String reason) implements IncidentEvent {
}
