package uk.tidemark.kernel.disciplinary.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

/** The employee appealed against the outcome. */
@Revision("1")
public record AppealLodged(DisciplinaryCaseId caseId, @Personal String grounds) implements DisciplinaryEvent {
}
