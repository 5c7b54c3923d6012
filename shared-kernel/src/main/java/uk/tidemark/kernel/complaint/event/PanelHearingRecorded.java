package uk.tidemark.kernel.complaint.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.complaint.*;

import java.time.LocalDate;
import java.util.List;

/** The panel hearing was held. */
@Revision("1")
public record PanelHearingRecorded(ComplaintId complaintId, LocalDate heldOn, List<String> panelMembers) implements ComplaintEvent {
}
