package uk.tidemark.query;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.kernel.deadline.event.DeadlineMissed;
import uk.tidemark.query.CaseHistoryDocument.HistoryEntry;
import uk.tidemark.query.deadline.DeadlineWords;

import java.time.Instant;
import java.util.function.Consumer;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static uk.tidemark.query.Words.typeOf;

/**
 * The read-change-write every history-keeping case projection does, by {@code _id} alone (see
 * IncidentProjection.apply), guarded by the document's last sequence number so that a redelivered event changes
 * nothing.
 */
public final class CaseHistories {

    private static final Logger log = LoggerFactory.getLogger(CaseHistories.class);

    private CaseHistories() {
    }

    /** Applies {@code change}, adds the history line and writes back, unless the event was applied already. */
    public static <D extends CaseHistoryDocument> void apply(MongoTemplate mongo, Class<D> type, String id,
                                                             Object event, long seq, Instant at, String actor,
                                                             String sentence, Consumer<D> change) {
        D doc = mongo.findById(id, type);
        if (doc == null) {
            log.warn("{} #{} for unknown {} {}; ignored", event.getClass().getSimpleName(), seq,
                    type.getSimpleName(), id);
            return;
        }
        if (seq <= doc.lastSequence) {
            return;
        }
        change.accept(doc);
        doc.history.add(new HistoryEntry(at, typeOf(event), actor, sentence));
        doc.lastSequence = seq;
        doc.updatedAt = at;
        mongo.replace(Query.query(where("_id").is(id)), doc);
    }

    /**
     * A deadline event in the case's own stream counts in its version (If-Match); a missed one is also a line of
     * the history. Set and met deadlines are the board's business, not a line here.
     */
    public static <D extends CaseHistoryDocument> void onDeadline(MongoTemplate mongo, Class<D> type,
                                                                  CaseType caseType, DeadlineEvent e, long seq,
                                                                  Instant at, String actor) {
        if (e.caseType() != caseType) {
            return;
        }
        D doc = mongo.findById(e.caseId(), type);
        if (doc == null || seq <= doc.lastSequence) {
            return;
        }
        if (e instanceof DeadlineMissed missed) {
            doc.history.add(new HistoryEntry(at, typeOf(e), actor, DeadlineWords.missed(missed.kind(), missed.dueAt())));
        }
        doc.lastSequence = seq;
        mongo.replace(Query.query(where("_id").is(doc.id)), doc);
    }
}
