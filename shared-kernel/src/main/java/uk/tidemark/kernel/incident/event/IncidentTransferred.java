package uk.tidemark.kernel.incident.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.Personal;
import uk.tidemark.kernel.incident.IncidentId;

/**
 * The case was sent on with record transfer {@code transferId} (decision 0055). Within the trust it now belongs to
 * {@code toSettingId} (named {@code toSettingName}, as the chronology says it) and its leads; to a school outside Tidemark ({@code toSchool}, toSettingId null) it stays in
 * {@code fromSettingId}, marked as transferred out.
 */
@Revision("1")
public record IncidentTransferred(IncidentId incidentId, String fromSettingId, String toSettingId,
                                  String toSettingName, @Personal String toSchool, String transferId)
        implements IncidentEvent {

    public boolean outside() {
        return toSettingId == null;
    }
}
