package uk.tidemark.kernel.incident.query;

import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.IncidentStatus;
import uk.tidemark.kernel.incident.Severity;
import uk.tidemark.kernel.incident.Stage;

import java.util.Set;

/**
 * Filters of the case list. Every field may be null (no filter). {@code visibleSettingIds} and
 * {@code reportedBy} are the caller's scope, set by the server from the signed-in user, never by the client:
 * a null {@code visibleSettingIds} means every setting, an empty set means none.
 */
public record IncidentFilter(IncidentStatus status, Stage stage, Severity severity, Category category,
                             String settingId, String ownerId, Set<String> visibleSettingIds, String reportedBy) {

    public static IncidentFilter none() {
        return new IncidentFilter(null, null, null, null, null, null, null, null);
    }
}
