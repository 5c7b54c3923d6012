package uk.tidemark.kernel.incident.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

/** The warned person's response was recorded. */
@Revision("1")
public record WarningResponseRecorded(IncidentId incidentId, WarningId warningId, WarningResponse response,
                                      String note) implements IncidentEvent {
}
