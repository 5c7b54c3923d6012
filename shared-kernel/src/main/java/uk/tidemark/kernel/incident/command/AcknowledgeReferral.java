package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.IncidentId;

/** Record that the agency acknowledged a referral (which meets its REFERRAL_FOLLOW_UP deadline). */
public record AcknowledgeReferral(@TargetAggregateIdentifier IncidentId incidentId, String referralId, String reference,
                                  String note) {
}
