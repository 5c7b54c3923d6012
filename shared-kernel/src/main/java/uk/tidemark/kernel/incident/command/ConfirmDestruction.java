package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import uk.tidemark.kernel.incident.*;

/** Confirm the destruction another lead asked for: the case's data key is destroyed with it. */
public record ConfirmDestruction(@TargetAggregateIdentifier IncidentId incidentId) {
}
