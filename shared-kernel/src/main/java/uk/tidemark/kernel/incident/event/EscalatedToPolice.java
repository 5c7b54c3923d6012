package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

/** The case was escalated to the police. */
@Revision("1")
public record EscalatedToPolice(IncidentId incidentId, String escalationId, PoliceReason reason, String force,
                                String crimeReference, @Personal String officer) implements IncidentEvent {
}
