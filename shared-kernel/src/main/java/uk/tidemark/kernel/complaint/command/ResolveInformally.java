package uk.tidemark.kernel.complaint.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.complaint.*;

/** Record how the complaint was resolved at the informal stage. */
public record ResolveInformally(@TargetAggregateIdentifier ComplaintId complaintId, String outcome) {
}
