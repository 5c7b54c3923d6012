package uk.tidemark.kernel.disciplinary.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

/** The appeal window ended without an appeal; from now on the outcome stands. */
@Revision("1")
public record AppealWindowClosed(DisciplinaryCaseId caseId) implements DisciplinaryEvent {
}
