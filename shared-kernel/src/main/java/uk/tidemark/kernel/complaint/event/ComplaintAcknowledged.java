package uk.tidemark.kernel.complaint.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.complaint.*;

/** The complainant was told the complaint was received. */
@Revision("1")
public record ComplaintAcknowledged(ComplaintId complaintId) implements ComplaintEvent {
}
