package uk.tidemark.kernel.disciplinary.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

import java.time.LocalDate;

/** Record the employee's resignation and when it takes effect. */
public record RecordResignation(@TargetAggregateIdentifier DisciplinaryCaseId caseId, LocalDate effectiveOn) {
}
