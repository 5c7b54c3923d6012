package uk.tidemark.query.register.consent;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.tidemark.kernel.consent.ConsentSource;
import uk.tidemark.kernel.consent.ImageAllowance;
import uk.tidemark.kernel.consent.ImageConsentState;
import uk.tidemark.query.register.RegisterProjections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A pupil's entry in a setting's image consent register. Days are ISO strings (as the complaints register keeps
 * them); {@code summary} names the entry for the deadline board (decision 0050); {@code lastSequence} makes a
 * redelivered event a no-op.
 */
@Document(RegisterProjections.IMAGE_CONSENT)
public class ImageConsentDocument {

    @Id
    public String id;
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
    public List<Step> history = new ArrayList<>();
    public Instant updatedAt;
    public long lastSequence;

    /** One step of the entry, in words. */
    public record Step(Instant at, String actor, String sentence) {
    }
}
