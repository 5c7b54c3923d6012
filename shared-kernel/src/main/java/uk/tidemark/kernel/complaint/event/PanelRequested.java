package uk.tidemark.kernel.complaint.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.complaint.*;

import java.time.LocalDate;

/** A panel was requested; it is due to be held by {@code panelDueBy}. */
@Revision("1")
public record PanelRequested(ComplaintId complaintId, @Personal String reason,
                             LocalDate panelDueBy) implements ComplaintEvent {
}
