package uk.tidemark.kernel.complaint.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.complaint.ComplaintId;

/**
 * A complaint received before references existed was given one (decision 0038), once, at the first start of a
 * version that has them. A complaint received since carries its reference in {@link ComplaintReceived}.
 */
@Revision("1")
public record ComplaintReferenceAssigned(ComplaintId complaintId, String reference) implements ComplaintEvent {
}
