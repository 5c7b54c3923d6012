package uk.tidemark.kernel.deadline.query;

import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.DeadlineStatus;

import java.time.Instant;

/**
 * One deadline on the board. {@code ownerId} is who answers for it, or null when it falls to the setting's DSLs
 * (an incident not yet triaged); for an incident it follows the case's owner while the deadline is pending.
 * {@code caseReference} is the case's short reference (decision 0038), null for a case that has none yet.
 */
public record DeadlineView(String deadlineId, DeadlineKind kind, CaseType caseType, String caseId,
                           String caseReference, String settingId,
                           Instant dueAt, DeadlineStatus status, String ownerId, Instant metAt, Instant missedAt) {
}
