package uk.tidemark.kernel.incident.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.consent.ImageAllowance;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.PersonId;

import java.time.Instant;

/**
 * An image-consent-breach case names a pupil whose image consent restricts what may be posted ({@code allowed});
 * {@code removalDueAt} is the image removal deadline it set (null when the image was already removed, or a
 * deadline was already set for another pupil).
 */
@Revision("1")
public record OptedOutPupilNoted(IncidentId incidentId, PersonId personId, ImageAllowance allowed,
                                 Instant removalDueAt) implements IncidentEvent {
}
