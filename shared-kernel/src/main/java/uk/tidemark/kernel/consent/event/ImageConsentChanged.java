package uk.tidemark.kernel.consent.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.consent.ConsentRecordId;
import uk.tidemark.kernel.consent.ConsentSource;
import uk.tidemark.kernel.consent.ImageAllowance;

import java.time.LocalDate;

/**
 * What a pupil's parents allow changed (or an ended entry started again: {@code restarted}); the next review falls
 * due on {@code reviewBy}.
 */
@Revision("1")
public record ImageConsentChanged(ConsentRecordId consentRecordId, ImageAllowance from, ImageAllowance allowed,
                                  ConsentSource source, LocalDate givenOn, @Personal String note, LocalDate reviewBy,
                                  boolean restarted) implements ImageConsentEvent {
}
