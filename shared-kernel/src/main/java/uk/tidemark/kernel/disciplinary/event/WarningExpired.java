package uk.tidemark.kernel.disciplinary.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.*;

/** A written warning reached the end of its live period and no longer counts (a business fact, not a refusal). */
@Revision("1")
public record WarningExpired(DisciplinaryCaseId caseId, DisciplinaryOutcome outcome) implements DisciplinaryEvent {
}
