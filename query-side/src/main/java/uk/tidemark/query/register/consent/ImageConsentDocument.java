package uk.tidemark.query.register.consent;

import org.springframework.data.mongodb.core.mapping.Document;
import uk.tidemark.kernel.consent.ConsentSource;
import uk.tidemark.kernel.consent.ImageAllowance;
import uk.tidemark.kernel.consent.ImageConsentState;
import uk.tidemark.query.CaseHistoryDocument;
import uk.tidemark.query.register.RegisterProjections;

import java.time.Instant;

/**
 * A pupil's entry in a setting's image consent register. Days are ISO strings (as the complaints register keeps
 * them); {@code summary} names the entry for the deadline board (decision 0050); the history, and the
 * {@code lastSequence} that makes a redelivered event a no-op and counts the review deadline's events in the entry's
 * version (If-Match), are those of every case document.
 */
@Document(RegisterProjections.IMAGE_CONSENT)
public class ImageConsentDocument extends CaseHistoryDocument {

    public String settingId;
    public String personId;
    public String pupilName;
    public ImageAllowance allowed;
    public ConsentSource source;
    public String givenOn;
    public String note;
    public String reviewBy;
    public String lastReviewedOn;
    public ImageConsentState state;
    public String endedReason;
    public String recordedBy;
    public Instant recordedAt;
    public String summary;
}
