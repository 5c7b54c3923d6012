package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

/** The case was referred to another agency. */
@Revision("1")
public record ReferredToAgency(IncidentId incidentId, String referralId, Agency agency, @Personal String reason,
                               String reference) implements IncidentEvent {
}
