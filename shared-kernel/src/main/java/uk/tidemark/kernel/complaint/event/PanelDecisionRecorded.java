package uk.tidemark.kernel.complaint.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.complaint.*;

/** The panel decided. */
@Revision("1")
public record PanelDecisionRecorded(ComplaintId complaintId, PanelDecision decision,
                                    @Personal String reasons) implements ComplaintEvent {
}
