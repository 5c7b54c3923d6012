package uk.tidemark.kernel.disciplinary.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.disciplinary.*;

/** Decide the appeal; a VARIED decision names the outcome that replaces the first one. */
public record DecideAppeal(@TargetAggregateIdentifier DisciplinaryCaseId caseId, AppealDecision decision, DisciplinaryOutcome variedOutcome, String reasons) {
}
