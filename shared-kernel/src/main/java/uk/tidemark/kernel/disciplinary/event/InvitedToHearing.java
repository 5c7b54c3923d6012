package uk.tidemark.kernel.disciplinary.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

import java.time.LocalDate;

/** The employee was invited, on {@code invitedOn}, to a hearing on {@code hearingOn}. */
@Revision("1")
public record InvitedToHearing(DisciplinaryCaseId caseId, LocalDate hearingOn, boolean rightToBeAccompaniedStated, LocalDate invitedOn) implements DisciplinaryEvent {
}
