package uk.tidemark.kernel.complaint.query;

import uk.tidemark.kernel.complaint.ComplaintId;

/** Where does this complaint stand? What a linked incident shows. Answers an {@code Optional<ComplaintStatus>}. */
public record FindComplaintStatus(ComplaintId complaintId) {
}
