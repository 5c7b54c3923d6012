package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

/** A note was added to the chronology. */
@Revision("1")
public record NoteAdded(IncidentId incidentId, String noteId, @Personal String text) implements IncidentEvent {
}
