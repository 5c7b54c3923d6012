package uk.tidemark.kernel.complaint.query;

import uk.tidemark.kernel.complaint.ComplaintStage;

/** The stage of a complaint, and nothing else. */
public record ComplaintStatus(String complaintId, ComplaintStage stage) {
}
