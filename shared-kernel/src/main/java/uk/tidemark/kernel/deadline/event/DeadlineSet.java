package uk.tidemark.kernel.deadline.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;

import java.time.Instant;

/**
 * A deadline was set, due at {@code dueAt} (computed on the working-day calendar when it was set). {@code ownerId}
 * is the username answerable for it, or null when it falls to the setting's DSLs as a group (an untriaged case).
 * {@code settingId} scopes who may see it.
 */
@Revision("1")
public record DeadlineSet(String deadlineId, DeadlineKind kind, CaseType caseType, String caseId, String settingId,
                          Instant dueAt, String ownerId) implements DeadlineEvent {
}
