package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import uk.tidemark.kernel.incident.*;

/** Stop the case's destruction until the hold is lifted. */
public record PlaceLegalHold(@TargetAggregateIdentifier IncidentId incidentId, String reason) {
}
