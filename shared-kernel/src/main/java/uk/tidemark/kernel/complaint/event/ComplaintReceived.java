package uk.tidemark.kernel.complaint.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.complaint.*;
import uk.tidemark.kernel.incident.IncidentId;

import java.time.LocalDate;

/**
 * A complaint was received. {@code acknowledgeBy} is the acknowledgement timescale, counted in school days from
 * the day it was received; {@code receivedBy} is copied from the command's actor metadata by the aggregate.
 * {@code reference} is the complaint's short reference, allocated by the aggregate as it is received (decision
 * 0038); null in events stored before references existed.
 */
@Revision("1")
public record ComplaintReceived(ComplaintId complaintId, String settingId, ComplaintChannel channel, String complainant,
                                String summary, IncidentId linkedIncidentId, LocalDate acknowledgeBy,
                                String receivedBy, String reference) implements ComplaintEvent {

    /** A complaint received without a reference, as before decision 0038. */
    public ComplaintReceived(ComplaintId complaintId, String settingId, ComplaintChannel channel, String complainant,
                             String summary, IncidentId linkedIncidentId, LocalDate acknowledgeBy,
                             String receivedBy) {
        this(complaintId, settingId, channel, complainant, summary, linkedIncidentId, acknowledgeBy, receivedBy,
                null);
    }
}
