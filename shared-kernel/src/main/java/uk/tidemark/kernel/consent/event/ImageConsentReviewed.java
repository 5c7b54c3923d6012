package uk.tidemark.kernel.consent.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.consent.ConsentRecordId;

import java.time.LocalDate;

/** What is allowed was checked on {@code reviewedOn} and stands; the next review falls due on {@code reviewBy}. */
@Revision("1")
public record ImageConsentReviewed(ConsentRecordId consentRecordId, LocalDate reviewedOn, @Personal String note,
                                   LocalDate reviewBy) implements ImageConsentEvent {
}
