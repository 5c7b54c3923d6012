package uk.tidemark.query.sar;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.kernel.sar.SubjectAccessState;
import uk.tidemark.kernel.sar.event.*;
import uk.tidemark.kernel.sar.query.FindSubjectAccessRequest;
import uk.tidemark.kernel.sar.query.FindSubjectAccessRequests;
import uk.tidemark.kernel.sar.query.SubjectAccessView;
import uk.tidemark.query.CaseHistories;
import uk.tidemark.query.CaseHistoryDocument.HistoryEntry;
import uk.tidemark.query.register.RegisterProjections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The subject access requests (decision 0053): one {@link SubjectAccessDocument} per request, each change guarded
 * by the document's last sequence number. It runs with the registers' projections, in their processing group.
 */
@Component
@ProcessingGroup(RegisterProjections.PROCESSING_GROUP)
public class SubjectAccessProjection {

    private final MongoTemplate mongo;

    public SubjectAccessProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @ResetHandler
    public void reset() {
        mongo.remove(new Query(), SubjectAccessDocument.COLLECTION);
    }

    @EventHandler
    public void on(SubjectAccessRequestReceived e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String id = e.requestId().value();
        if (mongo.findById(id, SubjectAccessDocument.class) != null) {
            return; // redelivered
        }
        SubjectAccessDocument doc = new SubjectAccessDocument();
        doc.id = id;
        doc.settingId = e.settingId();
        doc.personId = e.personId() == null ? null : e.personId().value();
        doc.personName = e.personName();
        doc.receivedOn = iso(e.receivedOn());
        doc.dueOn = iso(e.dueOn());
        doc.requester = e.requester();
        doc.receivedBy = e.receivedBy();
        doc.receivedAt = at;
        doc.state = SubjectAccessState.RECEIVED;
        doc.summary = "A subject access request";
        doc.history.add(new HistoryEntry(at, SubjectAccessRequestReceived.class.getSimpleName(), actor,
                "Received the request"));
        doc.updatedAt = at;
        doc.lastSequence = seq;
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException raced) {
            // stored concurrently by a redelivery: the stored document stands
        }
    }

    @EventHandler
    public void on(SubjectAccessReviewStarted e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Started the review of the records",
                doc -> doc.state = SubjectAccessState.IN_REVIEW);
    }

    @EventHandler
    public void on(RedactionMarked e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        SubjectAccessDocument.Mark mark = new SubjectAccessDocument.Mark(e.entryKey(), e.passage());
        apply(e, seq, at, actor, e.marked() ? "Marked a passage for redaction" : "Took back a redaction", doc -> {
            doc.redactions.remove(mark);
            if (e.marked()) {
                doc.redactions.add(mark);
            }
        });
    }

    @EventHandler
    public void on(SubjectAccessExtended e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Extended by two further months: " + e.reason(), doc -> {
            doc.extensionReason = e.reason();
            doc.dueOn = iso(e.dueOn());
        });
    }

    @EventHandler
    public void on(SubjectAccessReleased e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, e.partial() ? "Released with part withheld" : "Released in full", doc -> {
            doc.state = e.partial() ? SubjectAccessState.PARTLY_DISCLOSED : SubjectAccessState.RELEASED;
            doc.pdfSha256 = e.pdfSha256();
            doc.jsonSha256 = e.jsonSha256();
            doc.records = e.records();
            doc.ground = e.withheldOn();
            doc.groundNote = e.withheld();
            doc.answeredBy = actor;
            doc.answeredAt = at;
        });
    }

    @EventHandler
    public void on(SubjectAccessRefused e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Refused", doc -> {
            doc.state = SubjectAccessState.REFUSED;
            doc.ground = e.ground();
            doc.groundNote = e.reasons();
            doc.answeredBy = actor;
            doc.answeredAt = at;
        });
    }

    /** The response deadline's events count in the request's version (If-Match). */
    @EventHandler
    public void on(DeadlineEvent e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        CaseHistories.onDeadline(mongo, SubjectAccessDocument.class, CaseType.SUBJECT_ACCESS, e, seq, at, actor);
    }

    @QueryHandler
    public Optional<SubjectAccessView> handle(FindSubjectAccessRequest query) {
        return Optional.ofNullable(mongo.findById(query.requestId().value(), SubjectAccessDocument.class))
                .map(SubjectAccessProjection::view);
    }

    @QueryHandler
    public List<SubjectAccessView> handle(FindSubjectAccessRequests query) {
        if (query.settingIds() == null || query.settingIds().isEmpty()) {
            return List.of();
        }
        Query q = new Query(where("settingId").in(query.settingIds()))
                .with(Sort.by(Sort.Order.asc("dueOn"), Sort.Order.asc("_id")));
        return mongo.find(q, SubjectAccessDocument.class).stream().map(SubjectAccessProjection::view).toList();
    }

    private void apply(SubjectAccessEvent e, long seq, Instant at, String actor, String sentence,
                       Consumer<SubjectAccessDocument> change) {
        CaseHistories.apply(mongo, SubjectAccessDocument.class, e.recordId(), e, seq, at, actor, sentence, change);
    }

    private static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static SubjectAccessView view(SubjectAccessDocument d) {
        return new SubjectAccessView(d.id, d.settingId, d.personId, d.personName, day(d.receivedOn),
                d.requester, d.receivedBy, d.receivedAt, day(d.dueOn), d.state, d.extensionReason,
                d.redactions.stream().map(m -> new SubjectAccessView.Redaction(m.entryKey(), m.passage())).toList(),
                d.pdfSha256, d.jsonSha256, d.records, d.ground, d.groundNote, d.answeredBy, d.answeredAt,
                d.lastSequence);
    }
}
