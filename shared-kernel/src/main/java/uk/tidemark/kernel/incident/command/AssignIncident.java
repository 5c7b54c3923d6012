package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.*;

/** Give the case to an owner. */
public record AssignIncident(@TargetAggregateIdentifier IncidentId incidentId, String ownerId, String reason) {
}
