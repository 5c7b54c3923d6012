package uk.tidemark.kernel.disciplinary.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.letter.LetterKind;

/** Record that a letter generated from the case was sent; {@code sha256} identifies the PDF that was sent. */
public record RecordDisciplinaryLetterSent(@TargetAggregateIdentifier DisciplinaryCaseId caseId, LetterKind kind,
                                           String sha256) {
}
