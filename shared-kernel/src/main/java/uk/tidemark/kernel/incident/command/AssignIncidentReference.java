package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.IncidentId;

/**
 * Give a case logged before references existed its reference (decision 0038). Sent by the application at start,
 * never by a user; a case that has a reference already is left as it is.
 */
public record AssignIncidentReference(@TargetAggregateIdentifier IncidentId incidentId) {
}
