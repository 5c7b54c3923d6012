package uk.tidemark.query.register.declaration;

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
import uk.tidemark.kernel.declaration.DeclarationKind;
import uk.tidemark.kernel.declaration.DeclarationState;
import uk.tidemark.kernel.declaration.event.*;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.query.CaseHistories;
import uk.tidemark.query.CaseHistoryDocument.HistoryEntry;
import uk.tidemark.query.register.RegisterProjections;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * The staff declarations: one {@link DeclarationDocument} per declaration, each change guarded by the document's
 * last sequence number so that a redelivered event changes nothing. Each document is fed by its own stream only.
 */
@Component
@ProcessingGroup(RegisterProjections.PROCESSING_GROUP)
public class DeclarationProjection {

    private final MongoTemplate mongo;

    public DeclarationProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @ResetHandler
    public void reset() {
        mongo.remove(new Query(), RegisterProjections.DECLARATIONS);
    }

    @EventHandler
    public void on(DeclarationMade e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String id = e.declarationId().value();
        if (mongo.findById(id, DeclarationDocument.class) != null) {
            return; // redelivered
        }
        DeclarationDocument doc = new DeclarationDocument();
        doc.id = id;
        doc.settingId = e.settingId();
        doc.declaredBy = e.declaredBy();
        doc.declarerName = e.declarerName();
        doc.kind = e.kind();
        doc.declaredAt = at;
        doc.contact = e.contact();
        doc.approval = e.approval();
        doc.decisionOwner = e.decidedBy();
        doc.decideBy = e.decideBy() == null ? null : e.decideBy().toString();
        boolean contact = e.kind() == DeclarationKind.CONTACT;
        doc.state = contact ? DeclarationState.DECLARED : DeclarationState.AWAITING_DECISION;
        doc.summary = contact ? "Contact declared by " + e.declarerName()
                : "Approval sought by " + e.declarerName();
        doc.history.add(new HistoryEntry(at, DeclarationMade.class.getSimpleName(), actor,
                contact ? "Declared a contact on a personal account" : "Asked for approval"));
        doc.updatedAt = at;
        doc.lastSequence = seq;
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException raced) {
            // stored concurrently by a redelivery: the stored document stands
        }
    }

    @EventHandler
    public void on(DeclarationNoted e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, e.note() == null || e.note().isBlank() ? "Noted by a safeguarding lead"
                : "Noted by a safeguarding lead: " + e.note(), doc -> {
            doc.state = DeclarationState.NOTED;
            doc.note = e.note();
            doc.notedBy = actor;
            doc.notedAt = at;
        });
    }

    @EventHandler
    public void on(DeclarationIncidentLogged e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Turned into an incident", doc -> {
            doc.state = DeclarationState.INCIDENT_LOGGED;
            doc.incidentId = e.incidentId().value();
        });
    }

    @EventHandler
    public void on(DeclarationDecided e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, (e.approved() ? "Approved: " : "Refused: ") + e.reasons(), doc -> {
            doc.state = e.approved() ? DeclarationState.APPROVED : DeclarationState.REFUSED;
            doc.approved = e.approved();
            doc.reasons = e.reasons();
            doc.decidedBy = actor;
            doc.decidedAt = at;
        });
    }

    /** The decision deadline's events count in the declaration's version (If-Match). */
    @EventHandler
    public void on(DeadlineEvent e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        CaseHistories.onDeadline(mongo, DeclarationDocument.class, CaseType.DECLARATION, e, seq, at, actor);
    }

    private void apply(DeclarationEvent e, long seq, Instant at, String actor, String sentence,
                       Consumer<DeclarationDocument> change) {
        CaseHistories.apply(mongo, DeclarationDocument.class, e.recordId(), e, seq, at, actor, sentence, change);
    }
}
