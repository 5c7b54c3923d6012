package uk.tidemark.kernel.disciplinary.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;

import java.time.LocalDate;

/**
 * Record that the hearing took place on {@code heldOn} (null: today in the UK), and who accompanied the employee,
 * if anyone. A hearing is never recorded as held before the date it was set for.
 */
public record RecordHearingHeld(@TargetAggregateIdentifier DisciplinaryCaseId caseId, String companion,
                                LocalDate heldOn) {

    /** Held today. */
    public RecordHearingHeld(DisciplinaryCaseId caseId, String companion) {
        this(caseId, companion, null);
    }
}
