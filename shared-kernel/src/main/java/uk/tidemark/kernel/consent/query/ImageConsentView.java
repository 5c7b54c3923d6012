package uk.tidemark.kernel.consent.query;

import uk.tidemark.kernel.consent.ConsentSource;
import uk.tidemark.kernel.consent.ImageAllowance;
import uk.tidemark.kernel.consent.ImageConsentState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A pupil's entry in the image consent register as the setting's case workers see it. {@code version} is the
 * sequence number of the last event applied (for {@code If-Match}). {@code history} is oldest first.
 */
public record ImageConsentView(String id, String settingId, String personId, String pupilName,
                               ImageAllowance allowed, ConsentSource source, LocalDate givenOn, String note,
                               LocalDate reviewBy, LocalDate lastReviewedOn, ImageConsentState state,
                               String endedReason, String recordedBy, Instant recordedAt,
                               List<Entry> history, long version) {

    /** One step of the entry: when, who (a username), what happened, in words. */
    public record Entry(Instant at, String actor, String sentence) {
    }
}
