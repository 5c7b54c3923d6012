package uk.tidemark.kernel.complaint.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.complaint.*;

/** The complaint was resolved at the informal stage. */
@Revision("1")
public record ComplaintResolvedInformally(ComplaintId complaintId, @Personal String outcome) implements ComplaintEvent {
}
