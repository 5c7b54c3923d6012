package uk.tidemark.kernel.complaint.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.complaint.*;

/** The complaint was closed. */
@Revision("1")
public record ComplaintClosed(ComplaintId complaintId, @Personal String rationale) implements ComplaintEvent {
}
