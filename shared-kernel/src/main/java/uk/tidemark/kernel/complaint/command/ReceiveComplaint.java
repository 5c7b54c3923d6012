package uk.tidemark.kernel.complaint.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.complaint.*;
import uk.tidemark.kernel.incident.IncidentId;

import java.time.LocalDate;

/**
 * Record a new complaint, received on {@code receivedOn} (null: today in the UK; never in the future): its
 * timescales count from that day. {@code linkedIncidentId} is set when an incident's complaint referral redirected
 * it here, null otherwise. Who recorded it is the signed-in user (metadata), never a field.
 */
public record ReceiveComplaint(@TargetAggregateIdentifier ComplaintId complaintId, String settingId,
                               ComplaintChannel channel, String complainant,
                               String summary, IncidentId linkedIncidentId, LocalDate receivedOn) {

    /** Received today. */
    public ReceiveComplaint(ComplaintId complaintId, String settingId, ComplaintChannel channel, String complainant,
                            String summary, IncidentId linkedIncidentId) {
        this(complaintId, settingId, channel, complainant, summary, linkedIncidentId, null);
    }
}
