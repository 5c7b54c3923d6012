package uk.tidemark.query.register.lowlevel;

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
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsState;
import uk.tidemark.kernel.lowlevel.event.*;
import uk.tidemark.query.CaseHistories;
import uk.tidemark.query.CaseHistoryDocument.HistoryEntry;
import uk.tidemark.query.register.RegisterProjections;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * The low-level concerns register: one {@link LowLevelConcernsDocument} per member of staff per setting, fed by
 * its own stream only, each change guarded by the document's last sequence number (a redelivery changes nothing).
 */
@Component
@ProcessingGroup(RegisterProjections.PROCESSING_GROUP)
public class LowLevelConcernsProjection {

    private final MongoTemplate mongo;

    public LowLevelConcernsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @ResetHandler
    public void reset() {
        mongo.remove(new Query(), RegisterProjections.LOW_LEVEL_CONCERNS);
    }

    @EventHandler
    public void on(LowLevelConcernsOpened e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        if (mongo.findById(e.recordId(), LowLevelConcernsDocument.class) != null) {
            return; // redelivered
        }
        LowLevelConcernsDocument doc = new LowLevelConcernsDocument();
        doc.id = e.recordId();
        doc.settingId = e.settingId();
        doc.staffName = e.staffName();
        doc.staffUsername = e.staffUsername();
        doc.state = LowLevelConcernsState.NO_REVIEW_DUE;
        doc.summary = "Low-level concerns about " + e.staffName();
        doc.history.add(new HistoryEntry(at, LowLevelConcernsOpened.class.getSimpleName(), actor,
                "The first low-level concern opened the record"));
        doc.updatedAt = at;
        doc.lastSequence = seq;
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException raced) {
            // stored by a redelivery meanwhile: the stored document stands
        }
    }

    @EventHandler
    public void on(LowLevelConcernRecorded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "A concern counted" + (e.reference() == null ? "" : ": " + e.reference()),
                doc -> doc.concerns.add(new LowLevelConcernsDocument.ConcernEntry(e.incidentId(), e.reference(),
                        e.category(), e.on() == null ? null : e.on().toString(), e.summary())));
    }

    @EventHandler
    public void on(LowLevelConcernWithdrawn e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "A concern no longer counts: its incident was triaged onto another route",
                doc -> doc.concerns.removeIf(c -> java.util.Objects.equals(c.incidentId(), e.incidentId())));
    }

    @EventHandler
    public void on(LowLevelConcernReviewPrompted e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, e.concerns() + " concerns: a review is due", doc -> {
            doc.state = LowLevelConcernsState.REVIEW_DUE;
            doc.reviewBy = e.reviewBy() == null ? null : e.reviewBy().toString();
        });
    }

    @EventHandler
    public void on(LowLevelConcernReviewRecorded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Reviewed", doc -> {
            doc.state = LowLevelConcernsState.NO_REVIEW_DUE;
            doc.reviewBy = null;
            doc.reviews.add(new LowLevelConcernsDocument.ReviewEntry(at, actor, e.outcome(), e.notes()));
        });
    }

    /** The review deadline's events count in the record's version. */
    @EventHandler
    public void on(DeadlineEvent e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        CaseHistories.onDeadline(mongo, LowLevelConcernsDocument.class, CaseType.LOW_LEVEL_CONCERN, e, seq, at,
                actor);
    }

    private void apply(LowLevelConcernsEvent e, long seq, Instant at, String actor, String sentence,
                       Consumer<LowLevelConcernsDocument> change) {
        CaseHistories.apply(mongo, LowLevelConcernsDocument.class, e.recordId(), e, seq, at, actor, sentence,
                change);
    }
}
