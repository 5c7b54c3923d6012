package uk.tidemark.kernel.complaint.event;

import uk.tidemark.kernel.DataKeyed;
import uk.tidemark.kernel.complaint.ComplaintId;

/** Every event of a complaint carries the complaint id first. */
public interface ComplaintEvent extends DataKeyed {
    ComplaintId complaintId();

    @Override
    default String dataKey() {
        return complaintId().value();
    }
}
