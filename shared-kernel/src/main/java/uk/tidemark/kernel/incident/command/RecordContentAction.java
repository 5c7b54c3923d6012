package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.*;

/** Record an action on the content itself (deleted, hidden, blocked, reported, ...). */
public record RecordContentAction(@TargetAggregateIdentifier IncidentId incidentId, String actionId, ContentAction action,
                                  String reference, String note) {
}
