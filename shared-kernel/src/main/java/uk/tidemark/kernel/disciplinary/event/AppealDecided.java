package uk.tidemark.kernel.disciplinary.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.*;

import java.time.Instant;

/** The appeal was decided. {@code variedOutcome} is set only for VARIED; {@code warningExpiresAt} is when the
 * warning that stands after the appeal expires, null when none does. */
@Revision("1")
public record AppealDecided(DisciplinaryCaseId caseId, AppealDecision decision, DisciplinaryOutcome variedOutcome,
                            @Personal String reasons,
                            Instant warningExpiresAt) implements DisciplinaryEvent {
}
