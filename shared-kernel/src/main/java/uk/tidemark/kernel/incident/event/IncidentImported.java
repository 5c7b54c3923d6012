package uk.tidemark.kernel.incident.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.ReceivedRecord;

/**
 * The case, just logged, was received from another Tidemark installation in a case bundle whose manifest verified
 * (decision 0057): {@code received} says where from, and holds the sending case's chronology as it was sent. Always
 * the case's second event, after its {@link IncidentLogged}.
 */
@Revision("1")
public record IncidentImported(IncidentId incidentId, ReceivedRecord received) implements IncidentEvent {
}
