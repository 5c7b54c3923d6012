package uk.tidemark.kernel.complaint.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.complaint.*;

/** The complainant withdrew the complaint. */
@Revision("1")
public record ComplaintWithdrawn(ComplaintId complaintId, String reason) implements ComplaintEvent {
}
