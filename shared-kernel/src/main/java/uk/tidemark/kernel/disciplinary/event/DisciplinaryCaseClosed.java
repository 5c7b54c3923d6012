package uk.tidemark.kernel.disciplinary.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

/** The case was closed. */
@Revision("1")
public record DisciplinaryCaseClosed(DisciplinaryCaseId caseId,
                                     @Personal String rationale) implements DisciplinaryEvent {
}
