package uk.tidemark.kernel.complaint.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.complaint.*;

/** Record the complainant's request for a panel of trustees or governors. */
public record RequestPanel(@TargetAggregateIdentifier ComplaintId complaintId, String reason) {
}
