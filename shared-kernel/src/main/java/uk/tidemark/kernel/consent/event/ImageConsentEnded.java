package uk.tidemark.kernel.consent.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.consent.ConsentRecordId;

/** The pupil left the setting: the entry ended, kept for the record. */
@Revision("1")
public record ImageConsentEnded(ConsentRecordId consentRecordId, String reason) implements ImageConsentEvent {
}
