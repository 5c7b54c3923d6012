package uk.tidemark.kernel.complaint.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.complaint.*;

/** The complainant withdrew the complaint. */
@Revision("1")
public record ComplaintWithdrawn(ComplaintId complaintId, @Personal String reason) implements ComplaintEvent {
}
