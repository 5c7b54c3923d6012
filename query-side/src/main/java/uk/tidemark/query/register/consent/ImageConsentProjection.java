package uk.tidemark.query.register.consent;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.consent.ConsentSource;
import uk.tidemark.kernel.consent.ImageAllowance;
import uk.tidemark.kernel.consent.ImageConsentState;
import uk.tidemark.kernel.consent.event.*;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.query.CaseHistories;
import uk.tidemark.query.CaseHistoryDocument;
import uk.tidemark.query.Words;
import uk.tidemark.query.register.RegisterProjections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The image consent register: one {@link ImageConsentDocument} per pupil and setting, with its history. Each entry
 * is changed by its own aggregate's events only, which the processor sequences, and every handler is guarded by the
 * document's {@code lastSequence}, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(RegisterProjections.PROCESSING_GROUP)
public class ImageConsentProjection {

    private final MongoTemplate mongo;

    public ImageConsentProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @ResetHandler
    public void reset() {
        mongo.remove(new Query(), RegisterProjections.IMAGE_CONSENT);
    }

    @EventHandler
    public void on(ImageConsentRecorded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        if (mongo.findById(e.recordId(), ImageConsentDocument.class) != null) {
            return; // redelivered
        }
        ImageConsentDocument doc = new ImageConsentDocument();
        doc.id = e.recordId();
        doc.settingId = e.settingId();
        doc.personId = e.personId() == null ? null : e.personId().value();
        doc.pupilName = e.pupilName();
        doc.recordedBy = e.recordedBy() != null ? e.recordedBy() : actor;
        doc.recordedAt = at;
        doc.state = ImageConsentState.ACTIVE;
        set(doc, e.allowed());
        doc.source = e.source();
        doc.givenOn = iso(e.givenOn());
        doc.note = e.note();
        doc.reviewBy = iso(e.reviewBy());
        doc.history.add(new CaseHistoryDocument.HistoryEntry(at, Words.typeOf(e), doc.recordedBy,
                "Recorded: " + restriction(e.allowed()) + ", from " + words(e.source())));
        doc.updatedAt = at;
        doc.lastSequence = seq;
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException raced) {
            // stored by another delivery meanwhile: that one stands
        }
    }

    @EventHandler
    public void on(ImageConsentChanged e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String sentence = (e.restarted() ? "Started again (the pupil is back): " : "Changed to ")
                + restriction(e.allowed()) + ", from " + words(e.source());
        apply(e, seq, at, actor, sentence, doc -> {
            doc.state = ImageConsentState.ACTIVE;
            doc.endedReason = null;
            set(doc, e.allowed());
            doc.source = e.source();
            doc.givenOn = iso(e.givenOn());
            doc.note = e.note();
            doc.reviewBy = iso(e.reviewBy());
        });
    }

    @EventHandler
    public void on(ImageConsentReviewed e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Reviewed: it stands" + (e.note() == null ? "" : " (" + e.note() + ")"), doc -> {
            doc.lastReviewedOn = iso(e.reviewedOn());
            doc.reviewBy = iso(e.reviewBy());
        });
    }

    @EventHandler
    public void on(ImageConsentEnded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String sentence = e.reason() == null || e.reason().isBlank() ? "Ended" : "Ended: " + e.reason();
        apply(e, seq, at, actor, sentence, doc -> {
            doc.state = ImageConsentState.ENDED;
            doc.endedReason = e.reason();
            doc.summary = "Image consent of " + doc.pupilName + " (ended)";
        });
    }

    private static void set(ImageConsentDocument doc, ImageAllowance allowed) {
        doc.allowed = allowed;
        doc.summary = "Image consent of " + doc.pupilName + ": " + restriction(allowed);
    }

    private static String restriction(ImageAllowance allowed) {
        return allowed == null ? "not said" : allowed.restriction();
    }

    private static String words(ConsentSource source) {
        return source == null ? "no source given" : source.words();
    }

    /** The review deadline's events count in the entry's version (If-Match); a missed review is a history line. */
    @EventHandler
    public void on(DeadlineEvent e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        CaseHistories.onDeadline(mongo, ImageConsentDocument.class, CaseType.IMAGE_CONSENT, e, seq, at, actor);
    }

    private void apply(ImageConsentEvent e, long seq, Instant at, String actor, String sentence,
                       Consumer<ImageConsentDocument> change) {
        CaseHistories.apply(mongo, ImageConsentDocument.class, e.recordId(), e, seq, at, actor, sentence, change);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
