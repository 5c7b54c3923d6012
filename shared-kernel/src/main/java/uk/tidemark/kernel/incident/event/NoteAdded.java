package uk.tidemark.kernel.incident.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

/** A note was added to the chronology. */
@Revision("1")
public record NoteAdded(IncidentId incidentId, String noteId, String text) implements IncidentEvent {
}
