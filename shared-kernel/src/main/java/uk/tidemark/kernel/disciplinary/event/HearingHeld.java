package uk.tidemark.kernel.disciplinary.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

import java.time.LocalDate;

/**
 * The hearing took place on {@code heldOn}; {@code companion} is null when the employee came alone. {@code heldOn}
 * is null in events stored before it was recorded (decision 0047): the hearing was then held on the day the event
 * was stored.
 */
@Revision("1")
public record HearingHeld(DisciplinaryCaseId caseId, @Personal String companion,
                          LocalDate heldOn) implements DisciplinaryEvent {

    /** A hearing recorded without its date, as before decision 0047. */
    public HearingHeld(DisciplinaryCaseId caseId, String companion) {
        this(caseId, companion, null);
    }
}
