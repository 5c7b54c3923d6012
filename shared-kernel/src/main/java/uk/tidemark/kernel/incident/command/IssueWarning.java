package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.*;

import java.time.LocalDate;

/** Warn a person named on the case. */
public record IssueWarning(@TargetAggregateIdentifier IncidentId incidentId, WarningId warningId, PersonId personId, WarningKind kind,
                           WarningChannel channel, String text, LocalDate responseDueBy) {
}
