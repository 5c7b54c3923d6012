package uk.tidemark.kernel.disciplinary.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

/** The hearing took place; {@code companion} is null when the employee came alone. */
@Revision("1")
public record HearingHeld(DisciplinaryCaseId caseId, String companion) implements DisciplinaryEvent {
}
