package uk.tidemark.kernel.disciplinary.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

import java.time.LocalDate;

/** Invite the employee to a hearing on a date, stating their right to be accompanied (ACAS Code). */
public record InviteToHearing(@TargetAggregateIdentifier DisciplinaryCaseId caseId, LocalDate hearingOn, boolean rightToBeAccompaniedStated) {
}
