package uk.tidemark.kernel.complaint.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.complaint.*;

/** Record that the complainant has been told the complaint was received. */
public record AcknowledgeComplaint(@TargetAggregateIdentifier ComplaintId complaintId) {
}
