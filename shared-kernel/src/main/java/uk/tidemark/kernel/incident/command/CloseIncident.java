package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.*;

/** Close the case with an outcome and the rationale for it. */
public record CloseIncident(@TargetAggregateIdentifier IncidentId incidentId, Outcome outcome, String rationale) {
}
