package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.consent.ImageAllowance;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.PersonId;

/**
 * A pupil the incident names is on the setting's image consent register with {@code allowed} (never ALL): sent by
 * the image consent policy (issue 18) when an image-consent-breach case names them. The case notes it once per
 * pupil and sets the image removal deadline; sent again, it changes nothing.
 */
public record NoteOptedOutPupil(@TargetAggregateIdentifier IncidentId incidentId, PersonId personId,
                                ImageAllowance allowed) {
}
