package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.*;

/** Reopen a closed case. */
public record ReopenIncident(@TargetAggregateIdentifier IncidentId incidentId, String reason) {
}
