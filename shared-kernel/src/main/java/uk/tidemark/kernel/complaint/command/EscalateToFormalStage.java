package uk.tidemark.kernel.complaint.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.complaint.*;

/** Take the complaint to the formal stage, for example because the complainant is not satisfied informally. */
public record EscalateToFormalStage(@TargetAggregateIdentifier ComplaintId complaintId, String reason) {
}
