package uk.tidemark.kernel.disciplinary.query;

import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.disciplinary.DisciplinaryStage;

import java.time.Instant;

/** A row of the HR register; {@code linkedIncidentId} is null for a case HR opened directly. */
public record DisciplinaryCaseSummary(String caseId, String reference, String settingId, String employeeName, DisciplinaryStage stage,
                                      DisciplinaryOutcome standingOutcome, Instant openedAt, String linkedIncidentId) {
}
