package uk.tidemark.kernel.consent.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.consent.ConsentRecordId;

/** The pupil left the setting: the entry ended, kept for the record. */
@Revision("1")
public record ImageConsentEnded(ConsentRecordId consentRecordId, @Personal String reason) implements ImageConsentEvent {
}
