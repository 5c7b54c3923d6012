package uk.tidemark.kernel.complaint.query;

import uk.tidemark.kernel.complaint.ComplaintId;

/** What is the whole record of this complaint? Answers an {@code Optional<ComplaintDetail>}, empty when unknown. */
public record FindComplaint(ComplaintId complaintId) {
}
