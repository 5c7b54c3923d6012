package uk.tidemark.kernel.complaint.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.complaint.*;
import uk.tidemark.kernel.incident.IncidentId;

/**
 * Record a new complaint. {@code linkedIncidentId} is set when an incident's complaint referral redirected it
 * here, null otherwise. Who recorded it is the signed-in user (metadata), never a field.
 */
public record ReceiveComplaint(@TargetAggregateIdentifier ComplaintId complaintId, String settingId,
                               ComplaintChannel channel, String complainant,
                               String summary, IncidentId linkedIncidentId) {
}
