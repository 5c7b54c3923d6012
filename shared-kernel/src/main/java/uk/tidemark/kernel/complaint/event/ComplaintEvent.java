package uk.tidemark.kernel.complaint.event;

import uk.tidemark.kernel.complaint.ComplaintId;

/** Every event of a complaint carries the complaint id first. */
public interface ComplaintEvent {
    ComplaintId complaintId();
}
