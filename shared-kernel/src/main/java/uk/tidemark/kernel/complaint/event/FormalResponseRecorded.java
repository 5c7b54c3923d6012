package uk.tidemark.kernel.complaint.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.complaint.*;

/** The written formal response was recorded. */
@Revision("1")
public record FormalResponseRecorded(ComplaintId complaintId, @Personal String findings, @Personal String reasons,
                                     String howToEscalate) implements ComplaintEvent {
}
