package uk.tidemark.kernel.disciplinary.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.disciplinary.*;

/** Decide the outcome of the hearing, with reasons. */
public record DecideOutcome(@TargetAggregateIdentifier DisciplinaryCaseId caseId, DisciplinaryOutcome outcome, String reasons) {
}
