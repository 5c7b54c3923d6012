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
 * leaves out every case naming that username as a subject (a conflict of interest).
 */
public record IncidentFilter(IncidentStatus status, Stage stage, Severity severity, Category category,
                             String settingId, String ownerId, Set<String> visibleSettingIds, String reportedBy,
                             String excludingSubject) {

    /** Without the conflict-of-interest exclusion: for callers that are not a user (tests, tools). */
    public IncidentFilter(IncidentStatus status, Stage stage, Severity severity, Category category, String settingId,
                          String ownerId, Set<String> visibleSettingIds, String reportedBy) {
        this(status, stage, severity, category, settingId, ownerId, visibleSettingIds, reportedBy, null);
    }

    public static IncidentFilter none() {
        return new IncidentFilter(null, null, null, null, null, null, null, null, null);
    }
}
