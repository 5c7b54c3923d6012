package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.IncidentId;

/**
 * Send the case on with a pupil's record transfer (decision 0055): to another setting of the trust
 * ({@code toSettingId}: the case moves there), or to a school outside Tidemark ({@code toSchool}: the case stays,
 * marked as transferred out).
 */
public record TransferIncident(@TargetAggregateIdentifier IncidentId incidentId, String transferId,
                               String toSettingId, String toSettingName, String toSchool) {
}
