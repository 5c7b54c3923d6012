package uk.tidemark.kernel.complaint.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.complaint.*;

/** The complaint was closed. */
@Revision("1")
public record ComplaintClosed(ComplaintId complaintId, String rationale) implements ComplaintEvent {
}
