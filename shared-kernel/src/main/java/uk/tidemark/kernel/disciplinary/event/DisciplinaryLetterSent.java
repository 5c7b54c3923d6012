package uk.tidemark.kernel.disciplinary.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.letter.LetterKind;

/** A letter generated from the case was sent to the employee: which, and the SHA-256 of the PDF sent. */
@Revision("1")
public record DisciplinaryLetterSent(DisciplinaryCaseId caseId, LetterKind kind, String sha256)
        implements DisciplinaryEvent {
}
