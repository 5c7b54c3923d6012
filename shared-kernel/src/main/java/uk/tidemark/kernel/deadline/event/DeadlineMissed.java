package uk.tidemark.kernel.deadline.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;

import java.time.Instant;

/**
 * A deadline passed unmet. Applied by the case when its durable deadline fires, so it carries no actor. It
 * notifies {@code ownerId} (or, when null, the setting's DSLs) and shows on the DSL dashboard.
 */
@Revision("1")
public record DeadlineMissed(String deadlineId, DeadlineKind kind, CaseType caseType, String caseId, String settingId,
                             Instant dueAt, String ownerId) implements DeadlineEvent {
}
