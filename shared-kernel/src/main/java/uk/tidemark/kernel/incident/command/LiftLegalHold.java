package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import uk.tidemark.kernel.incident.*;

/** Lift the legal hold on the case. */
public record LiftLegalHold(@TargetAggregateIdentifier IncidentId incidentId, String reason) {
}
