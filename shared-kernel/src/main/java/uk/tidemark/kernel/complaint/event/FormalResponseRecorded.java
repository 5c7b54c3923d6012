package uk.tidemark.kernel.complaint.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.complaint.*;

/** The written formal response was recorded. */
@Revision("1")
public record FormalResponseRecorded(ComplaintId complaintId, String findings, String reasons,
                                     String howToEscalate) implements ComplaintEvent {
}
