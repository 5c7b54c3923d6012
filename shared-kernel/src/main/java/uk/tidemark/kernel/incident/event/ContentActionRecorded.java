package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

/** An action was taken on the content. */
@Revision("1")
public record ContentActionRecorded(IncidentId incidentId, String actionId, ContentAction action,
                                    String reference, @Personal String note) implements IncidentEvent {
}
