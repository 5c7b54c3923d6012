package uk.tidemark.kernel.disciplinary.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

/** Close the case, with the rationale. */
public record CloseDisciplinaryCase(@TargetAggregateIdentifier DisciplinaryCaseId caseId, String rationale) {
}
