package uk.tidemark.kernel.disciplinary.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Invite the employee to a hearing on a date, at a time and a place (both may be left out, as before decision 0047;
 * the invitation letter then says they are to be confirmed), stating their right to be accompanied (ACAS Code).
 */
public record InviteToHearing(@TargetAggregateIdentifier DisciplinaryCaseId caseId, LocalDate hearingOn,
                              boolean rightToBeAccompaniedStated, LocalTime hearingAt, String place) {

    /** A hearing with no time or place given. */
    public InviteToHearing(DisciplinaryCaseId caseId, LocalDate hearingOn, boolean rightToBeAccompaniedStated) {
        this(caseId, hearingOn, rightToBeAccompaniedStated, null, null);
    }
}
