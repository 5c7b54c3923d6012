package uk.tidemark.kernel.deadline.query;

import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.DeadlineStatus;

import java.util.Set;

/**
 * The deadline board, soonest due first. Answers a list of {@link DeadlineView}. Every filter may be null (no
 * filter); {@code visibleSettingIds} is the caller's scope, set by the server: null means every setting, an empty
 * set none. Overdue work is {@code status = MISSED}.
 */
public record FindDeadlines(Set<String> visibleSettingIds, DeadlineStatus status, DeadlineKind kind, String caseId,
                            String ownerId) {
}
