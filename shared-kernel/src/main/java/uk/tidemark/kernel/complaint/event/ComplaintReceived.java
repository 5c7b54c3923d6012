package uk.tidemark.kernel.complaint.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.complaint.*;
import uk.tidemark.kernel.incident.IncidentId;

import java.time.LocalDate;

/**
 * A complaint was received. {@code acknowledgeBy} is the acknowledgement timescale, counted in school days from
 * the day it was received; {@code receivedBy} is copied from the command's actor metadata by the aggregate.
 * {@code reference} is the complaint's short reference, allocated by the aggregate as it is received (decision
 * 0038); null in events stored before references existed. {@code receivedOn} is the day the complaint reached the
 * setting, from which its timescales count (decision 0047); null in events stored before it was asked for, when it
 * was the day the event was stored.
 */
@Revision("1")
public record ComplaintReceived(ComplaintId complaintId, String settingId, ComplaintChannel channel,
                                @Personal String complainant,
                                @Personal String summary, IncidentId linkedIncidentId, LocalDate acknowledgeBy,
                                String receivedBy, String reference, LocalDate receivedOn) implements ComplaintEvent {

    /** A complaint received on the day it was recorded, as before decision 0047. */
    public ComplaintReceived(ComplaintId complaintId, String settingId, ComplaintChannel channel, String complainant,
                             String summary, IncidentId linkedIncidentId, LocalDate acknowledgeBy,
                             String receivedBy, String reference) {
        this(complaintId, settingId, channel, complainant, summary, linkedIncidentId, acknowledgeBy, receivedBy,
                reference, null);
    }

    /** A complaint received without a reference, as before decision 0038. */
    public ComplaintReceived(ComplaintId complaintId, String settingId, ComplaintChannel channel, String complainant,
                             String summary, IncidentId linkedIncidentId, LocalDate acknowledgeBy,
                             String receivedBy) {
        this(complaintId, settingId, channel, complainant, summary, linkedIncidentId, acknowledgeBy, receivedBy,
                null, null);
    }
}
