package uk.tidemark.kernel.complaint.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.complaint.*;

/** The complaint was resolved at the informal stage. */
@Revision("1")
public record ComplaintResolvedInformally(ComplaintId complaintId, String outcome) implements ComplaintEvent {
}
