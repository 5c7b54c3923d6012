package uk.tidemark.query.retention;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.incident.event.*;
import uk.tidemark.kernel.incident.query.FindIncidentRetention;
import uk.tidemark.kernel.incident.query.IncidentRetention;
import uk.tidemark.query.incident.IncidentProjection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * Keeps one {@link RetentionDocument} per incident that has a retention review, a hold or a destruction (decision
 * 0052), and answers {@link FindIncidentRetention}. In the incidents' processing group, so a page that waited for the
 * case's version finds this written too.
 */
@Component
@ProcessingGroup(IncidentProjection.PROCESSING_GROUP)
public class RetentionProjection {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MongoTemplate mongo;

    public RetentionProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @ResetHandler
    public void reset() {
        mongo.dropCollection(RetentionDocument.COLLECTION);
    }

    @EventHandler
    public void on(RetentionScheduled e, @SequenceNumber long seq) {
        change(e, seq, doc -> {
            doc.reviewOn = iso(e.reviewOn());
            doc.rule = e.rule();
            doc.extendedUntil = null;
            doc.extensionReason = null;
            doc.extendedBy = null;
            doc.extendedAt = null;
        });
    }

    @EventHandler
    public void on(IncidentReopened e, @SequenceNumber long seq) {
        if (mongo.findById(e.incidentId().value(), RetentionDocument.class) == null) {
            return; // nothing scheduled yet: no document for an open case
        }
        change(e, seq, doc -> {
            doc.reviewOn = null;
            doc.rule = null;
            doc.requestGround = null;
            doc.requestReason = null;
            doc.requestedBy = null;
            doc.requestedAt = null;
        });
    }

    @EventHandler
    public void on(RetentionExtended e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        change(e, seq, doc -> {
            doc.reviewOn = iso(e.until());
            doc.extendedUntil = iso(e.until());
            doc.extensionReason = e.reason();
            doc.extendedBy = actor;
            doc.extendedAt = at;
        });
    }

    @EventHandler
    public void on(LegalHoldPlaced e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        change(e, seq, doc -> {
            doc.holdReason = e.reason();
            doc.heldBy = actor;
            doc.heldAt = at;
        });
    }

    @EventHandler
    public void on(LegalHoldLifted e, @SequenceNumber long seq) {
        change(e, seq, doc -> {
            doc.holdReason = null;
            doc.heldBy = null;
            doc.heldAt = null;
        });
    }

    @EventHandler
    public void on(DestructionRequested e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e, seq, doc -> {
            doc.requestGround = e.ground();
            doc.requestReason = e.reason();
            doc.requestedBy = e.requestedBy();
            doc.requestedAt = at;
        });
    }

    @EventHandler
    public void on(IncidentContentDestroyed e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e, seq, doc -> {
            doc.erasedOn = iso(LocalDate.ofInstant(at, LONDON));
            doc.erasedUnder = e.ground();
            if (doc.extensionReason != null) { // personal, as everything said of the case: erased with it
                doc.extensionReason = e.ground().marker(LocalDate.ofInstant(at, LONDON));
            }
            doc.holdReason = doc.holdReason == null ? null : e.ground().marker(LocalDate.ofInstant(at, LONDON));
            doc.requestGround = null;
            doc.requestReason = null;
            doc.requestedBy = null;
            doc.requestedAt = null;
        });
    }

    @QueryHandler
    public IncidentRetention find(FindIncidentRetention query) {
        RetentionDocument doc = mongo.findById(query.incidentId().value(), RetentionDocument.class);
        return doc == null ? null : view(doc);
    }

    private static IncidentRetention view(RetentionDocument d) {
        return new IncidentRetention(d.id, date(d.reviewOn), d.rule,
                d.extendedUntil == null ? null : new IncidentRetention.Extension(date(d.extendedUntil),
                        d.extensionReason, d.extendedBy, d.extendedAt),
                d.heldAt == null ? null : new IncidentRetention.Hold(d.holdReason, d.heldBy, d.heldAt),
                d.requestedBy == null ? null : new IncidentRetention.Request(d.requestGround, d.requestReason,
                        d.requestedBy, d.requestedAt),
                date(d.erasedOn), d.erasedUnder);
    }

    /** Read, change and write back, unless the event was applied already (redelivery is a no-op). */
    private void change(IncidentEvent e, long seq, Consumer<RetentionDocument> change) {
        String id = e.incidentId().value();
        RetentionDocument doc = mongo.findById(id, RetentionDocument.class);
        if (doc == null) {
            doc = new RetentionDocument();
            doc.id = id;
        }
        if (seq <= doc.lastSequence) {
            return;
        }
        change.accept(doc);
        doc.lastSequence = seq;
        mongo.save(doc);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
