package uk.tidemark.kernel.incident.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.Personal;
import uk.tidemark.kernel.incident.*;

/** A legal hold (a police investigation, a claim) stops the case's destruction until it is lifted. */
@Revision("1")
public record LegalHoldPlaced(IncidentId incidentId, @Personal String reason) implements IncidentEvent {
}
