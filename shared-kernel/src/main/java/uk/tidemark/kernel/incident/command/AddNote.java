package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.*;

/** Add a note to the case chronology. */
public record AddNote(@TargetAggregateIdentifier IncidentId incidentId, String noteId, String text) {
}
