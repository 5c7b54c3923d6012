package uk.tidemark.kernel.disciplinary.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

/** The investigation's findings were recorded. */
@Revision("1")
public record InvestigationFindingsRecorded(DisciplinaryCaseId caseId,
                                            @Personal String findings) implements DisciplinaryEvent {
}
