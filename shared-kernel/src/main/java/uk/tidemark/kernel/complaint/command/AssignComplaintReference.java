package uk.tidemark.kernel.complaint.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.complaint.ComplaintId;

/**
 * Give a complaint received before references existed its reference (decision 0038). Sent by the application at
 * start, never by a user; a complaint that has a reference already is left as it is.
 */
public record AssignComplaintReference(@TargetAggregateIdentifier ComplaintId complaintId) {
}
