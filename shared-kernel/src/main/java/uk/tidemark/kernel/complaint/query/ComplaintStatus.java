package uk.tidemark.kernel.complaint.query;

import uk.tidemark.kernel.complaint.ComplaintStage;

/** The stage of a complaint and its reference, and nothing else. */
public record ComplaintStatus(String complaintId, String reference, ComplaintStage stage) {
}
