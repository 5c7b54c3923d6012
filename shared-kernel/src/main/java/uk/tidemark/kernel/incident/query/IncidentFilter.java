package uk.tidemark.kernel.incident.query;

import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.IncidentStatus;
import uk.tidemark.kernel.incident.Severity;
import uk.tidemark.kernel.incident.Stage;

import java.util.Set;

/**
 * Filters of the case list. Every field may be null (no filter). {@code visibleSettingIds}, {@code reportedBy}
 * and {@code excludingSubject} are the caller's scope, set by the server from the signed-in user, never by the
 * client: a null {@code visibleSettingIds} means every setting, an empty set means none; {@code excludingSubject}
 * leaves out every case naming that username as a subject (a conflict of interest). {@code text} is what a user
 * searched for (decision 0038): a case matches when it is the case's reference (in any case), or when every word of
 * it is part of the case's summary or of a person's name on it (in any case, accents aside).
 */
public record IncidentFilter(IncidentStatus status, Stage stage, Severity severity, Category category,
                             String settingId, String ownerId, Set<String> visibleSettingIds, String reportedBy,
                             String excludingSubject, String text) {

    /** Without a search. */
    public IncidentFilter(IncidentStatus status, Stage stage, Severity severity, Category category, String settingId,
                          String ownerId, Set<String> visibleSettingIds, String reportedBy, String excludingSubject) {
        this(status, stage, severity, category, settingId, ownerId, visibleSettingIds, reportedBy, excludingSubject,
                null);
    }

    /** The same filter, searching for {@code searched} (blank: no search). */
    public IncidentFilter searching(String searched) {
        return new IncidentFilter(status, stage, severity, category, settingId, ownerId, visibleSettingIds, reportedBy,
                excludingSubject, searched == null || searched.isBlank() ? null : searched.strip());
    }

    /** Without the conflict-of-interest exclusion: for callers that are not a user (tests, tools). */
    public IncidentFilter(IncidentStatus status, Stage stage, Severity severity, Category category, String settingId,
                          String ownerId, Set<String> visibleSettingIds, String reportedBy) {
        this(status, stage, severity, category, settingId, ownerId, visibleSettingIds, reportedBy, null);
    }

    public static IncidentFilter none() {
        return new IncidentFilter(null, null, null, null, null, null, null, null, null, null);
    }
}
