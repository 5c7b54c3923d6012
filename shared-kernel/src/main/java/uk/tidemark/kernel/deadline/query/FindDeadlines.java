package uk.tidemark.kernel.deadline.query;

import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.DeadlineStatus;

import java.util.Set;

/**
 * The deadline board, soonest due first. Answers a list of {@link DeadlineView}. Every filter may be null (no
 * filter); {@code visibleSettingIds} and {@code excludedCaseIds} are the caller's scope, set by the server:
 * null {@code visibleSettingIds} means every setting, an empty set none; {@code excludedCaseIds} are cases the
 * caller may not see whatever their setting (those they are a subject of). Overdue work is {@code status = MISSED}.
 */
public record FindDeadlines(Set<String> visibleSettingIds, DeadlineStatus status, DeadlineKind kind, String caseId,
                           String ownerId, Set<String> excludedCaseIds) {

    /** With no case excluded: for callers that are not a user (tests, tools). */
    public FindDeadlines(Set<String> visibleSettingIds, DeadlineStatus status, DeadlineKind kind, String caseId,
                         String ownerId) {
        this(visibleSettingIds, status, kind, caseId, ownerId, null);
    }
}
