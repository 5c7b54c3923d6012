package uk.tidemark.kernel.complaint.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.complaint.*;

/** Record the panel's decision and its reasons. */
public record RecordPanelDecision(@TargetAggregateIdentifier ComplaintId complaintId, PanelDecision decision, String reasons) {
}
