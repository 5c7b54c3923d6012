package uk.tidemark.kernel.disciplinary.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

/** The case was closed. */
@Revision("1")
public record DisciplinaryCaseClosed(DisciplinaryCaseId caseId, String rationale) implements DisciplinaryEvent {
}
