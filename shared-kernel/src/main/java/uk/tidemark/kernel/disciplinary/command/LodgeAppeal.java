package uk.tidemark.kernel.disciplinary.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

/** Lodge the employee's appeal against the outcome. */
public record LodgeAppeal(@TargetAggregateIdentifier DisciplinaryCaseId caseId, String grounds) {
}
