package uk.tidemark.kernel.disciplinary.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

/** An investigator was appointed. */
@Revision("1")
public record InvestigatorAppointed(DisciplinaryCaseId caseId, String investigator) implements DisciplinaryEvent {
}
