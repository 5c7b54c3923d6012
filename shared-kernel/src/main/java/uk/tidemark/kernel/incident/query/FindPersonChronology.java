package uk.tidemark.kernel.incident.query;

import uk.tidemark.kernel.incident.PersonId;

import java.util.Set;

/**
 * What happened, across every case a person is named on, oldest first (BRIEF.md: patterns matter in
 * safeguarding). {@code visibleSettingIds} is the caller's scope, set by the server: cases of other settings are
 * left out; null means every setting.
 */
public record FindPersonChronology(PersonId personId, Set<String> visibleSettingIds) {
}
