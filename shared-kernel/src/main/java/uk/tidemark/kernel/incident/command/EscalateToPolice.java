package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.*;

/** Escalate the case to the police. */
public record EscalateToPolice(@TargetAggregateIdentifier IncidentId incidentId, String escalationId, PoliceReason reason, String force,
                               String crimeReference, String officer) {
}
