package uk.tidemark.kernel.disciplinary.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

/** Record that the hearing took place, and who accompanied the employee, if anyone. */
public record RecordHearingHeld(@TargetAggregateIdentifier DisciplinaryCaseId caseId, String companion) {
}
