package uk.tidemark.kernel.deadline.query;

import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.DeadlineStatus;

import java.time.Instant;

/**
 * One deadline on the board. {@code ownerId} is who answers for it, or null when it falls to the setting's DSLs
 * (an incident not yet triaged); for an incident it follows the case's owner while the deadline is pending.
 * {@code caseReference} is the case's short reference (decision 0038), null for a case that has none yet.
 * {@code caseSummary} is the first few words of what the case is about (an incident's or a complaint's summary, an
 * HR case's allegation, as its own read model has it now; decision 0043), null while that has none.
 */
public record DeadlineView(String deadlineId, DeadlineKind kind, CaseType caseType, String caseId,
                           String caseReference, String settingId,
                           Instant dueAt, DeadlineStatus status, String ownerId, Instant metAt, Instant missedAt,
                           String caseSummary) {

    /** A deadline without the case's words. */
    public DeadlineView(String deadlineId, DeadlineKind kind, CaseType caseType, String caseId, String caseReference,
                        String settingId, Instant dueAt, DeadlineStatus status, String ownerId, Instant metAt,
                        Instant missedAt) {
        this(deadlineId, kind, caseType, caseId, caseReference, settingId, dueAt, status, ownerId, metAt, missedAt,
                null);
    }

    /** Whether it is still to be done: pending, or missed and not done since. */
    public boolean open() {
        return status == DeadlineStatus.PENDING || status == DeadlineStatus.MISSED;
    }
}
