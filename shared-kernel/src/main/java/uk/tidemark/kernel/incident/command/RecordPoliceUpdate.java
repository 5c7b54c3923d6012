package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.*;

/** Record an update from the police on an escalated case. */
public record RecordPoliceUpdate(@TargetAggregateIdentifier IncidentId incidentId, String updateId, String status, String note,
                                 String crimeReference) {
}
