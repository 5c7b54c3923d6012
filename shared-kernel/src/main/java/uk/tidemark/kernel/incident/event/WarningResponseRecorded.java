package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

/** The warned person's response was recorded. */
@Revision("1")
public record WarningResponseRecorded(IncidentId incidentId, WarningId warningId, WarningResponse response,
                                      @Personal String note) implements IncidentEvent {
}
