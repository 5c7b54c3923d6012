package uk.tidemark.kernel.disciplinary.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

import java.time.LocalDate;

/** The employee resigned, effective on {@code effectiveOn}. */
@Revision("1")
public record ResignationRecorded(DisciplinaryCaseId caseId, LocalDate effectiveOn) implements DisciplinaryEvent {
}
