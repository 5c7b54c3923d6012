package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.*;

/** Refer the case to another agency. */
public record ReferToAgency(@TargetAggregateIdentifier IncidentId incidentId, String referralId, Agency agency, String reason,
                            String reference) {
}
