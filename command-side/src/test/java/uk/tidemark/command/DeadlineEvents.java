package uk.tidemark.command;

import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.event.*;

import java.time.Instant;

/** The deadline events one test case applies, spelled out so the tests' expected events stay short and exact. */
public record DeadlineEvents(CaseType caseType, String caseId, String settingId) {

    public String id(DeadlineKind kind, String key) {
        return DeadlineEvent.idOf(caseId, kind, key);
    }

    public DeadlineSet set(DeadlineKind kind, String key, Instant dueAt, String ownerId) {
        return new DeadlineSet(id(kind, key), kind, caseType, caseId, settingId, dueAt, ownerId);
    }

    public DeadlineMet met(DeadlineKind kind, String key) {
        return new DeadlineMet(id(kind, key), kind, caseType, caseId);
    }

    public DeadlineMissed missed(DeadlineKind kind, String key, Instant dueAt, String ownerId) {
        return new DeadlineMissed(id(kind, key), kind, caseType, caseId, settingId, dueAt, ownerId);
    }

    public DeadlineCancelled cancelled(DeadlineKind kind, String key, String reason) {
        return new DeadlineCancelled(id(kind, key), kind, caseType, caseId, reason);
    }
}
