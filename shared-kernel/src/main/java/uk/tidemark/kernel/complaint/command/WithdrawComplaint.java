package uk.tidemark.kernel.complaint.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.complaint.*;

/** Record that the complainant withdrew the complaint. */
public record WithdrawComplaint(@TargetAggregateIdentifier ComplaintId complaintId, String reason) {
}
