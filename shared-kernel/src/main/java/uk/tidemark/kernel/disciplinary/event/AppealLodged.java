package uk.tidemark.kernel.disciplinary.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

/** The employee appealed against the outcome. */
@Revision("1")
public record AppealLodged(DisciplinaryCaseId caseId, String grounds) implements DisciplinaryEvent {
}
