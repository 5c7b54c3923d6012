package uk.tidemark.kernel.complaint.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.complaint.*;

import java.time.LocalDate;
import java.util.List;

/** Record that the panel hearing was held, when, and by whom. */
public record RecordPanelHearing(@TargetAggregateIdentifier ComplaintId complaintId, LocalDate heldOn,
                                 List<String> panelMembers) {
}
