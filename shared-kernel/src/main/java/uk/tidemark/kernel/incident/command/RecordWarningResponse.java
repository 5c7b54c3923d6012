package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.*;

/** Record how a warned person responded. */
public record RecordWarningResponse(@TargetAggregateIdentifier IncidentId incidentId, WarningId warningId, WarningResponse response,
                                    String note) {
}
