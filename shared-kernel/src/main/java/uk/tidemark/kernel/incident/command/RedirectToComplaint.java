package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.incident.IncidentId;

/**
 * Redirect the matter to the complaints procedure. The caller generates {@code complaintId}; the complaint is
 * received from the resulting event, linked to this incident.
 */
public record RedirectToComplaint(@TargetAggregateIdentifier IncidentId incidentId, ComplaintId complaintId,
                                  ComplaintChannel channel, String complainant, String summary) {
}
