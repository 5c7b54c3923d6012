package uk.tidemark.kernel.incident.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.IncidentId;

/**
 * A case logged before references existed was given one (decision 0038), once, at the first start of a version
 * that has them. A case logged since carries its reference in {@link IncidentLogged}.
 */
@Revision("1")
public record IncidentReferenceAssigned(IncidentId incidentId, String reference) implements IncidentEvent {
}
