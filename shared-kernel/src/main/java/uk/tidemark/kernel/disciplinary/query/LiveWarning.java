package uk.tidemark.kernel.disciplinary.query;

import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;

import java.time.Instant;

/** A written warning still on an employee's record: issued, not expired, not set aside on appeal. */
public record LiveWarning(String caseId, String settingId, String employeeName, DisciplinaryOutcome outcome,
                          Instant issuedAt, Instant expiresAt) {
}
