package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.incident.IncidentId;

/** The matter was redirected to the complaints procedure; the complaint is received from this event. */
@Revision("1")
public record ComplaintReferralMade(IncidentId incidentId, ComplaintId complaintId, String settingId,
                                    ComplaintChannel channel, @Personal String complainant,
                                    @Personal String summary) implements IncidentEvent {
}
