package uk.tidemark.kernel.disciplinary.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The employee was invited, on {@code invitedOn}, to a hearing on {@code hearingOn}, at {@code hearingAt} (UK time)
 * in {@code place}. The time and the place are null in events stored before decision 0047, and when not given.
 */
@Revision("1")
public record InvitedToHearing(DisciplinaryCaseId caseId, LocalDate hearingOn, boolean rightToBeAccompaniedStated,
                               LocalDate invitedOn, LocalTime hearingAt, String place) implements DisciplinaryEvent {

    /** An invitation with no time or place, as before decision 0047. */
    public InvitedToHearing(DisciplinaryCaseId caseId, LocalDate hearingOn, boolean rightToBeAccompaniedStated,
                            LocalDate invitedOn) {
        this(caseId, hearingOn, rightToBeAccompaniedStated, invitedOn, null, null);
    }
}
