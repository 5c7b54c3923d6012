package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.IncidentId;

/** The agency acknowledged a referral; {@code reference} is theirs, when they gave one. */
@Revision("1")
public record ReferralAcknowledged(IncidentId incidentId, String referralId, String reference,
                                   @Personal String note) implements IncidentEvent {
}
