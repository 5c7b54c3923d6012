package uk.tidemark.kernel.disciplinary.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.*;

import java.time.Instant;

/** The outcome was decided at {@code decidedAt}. {@code appealWindowClosesAt} is null when there is nothing to
 * appeal (no action); {@code warningExpiresAt} is null unless the outcome is a written warning. Both are carried so
 * that the read side shows them without knowing the policy. */
@Revision("1")
public record OutcomeDecided(DisciplinaryCaseId caseId, DisciplinaryOutcome outcome, @Personal String reasons,
                             Instant decidedAt,
                             Instant appealWindowClosesAt, Instant warningExpiresAt) implements DisciplinaryEvent {
}
