package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.PersonId;

/**
 * Record that a person named on the case is the Tidemark user {@code username}. A user who is a subject of a case
 * has a conflict of interest: from then on they can neither see nor act on it, nor own it.
 */
public record LinkPersonToUser(@TargetAggregateIdentifier IncidentId incidentId, PersonId personId, String username) {
}
