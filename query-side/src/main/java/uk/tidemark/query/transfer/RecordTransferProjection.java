package uk.tidemark.query.transfer;

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
import uk.tidemark.kernel.deadline.event.DeadlineMissed;
import uk.tidemark.kernel.transfer.TransferState;
import uk.tidemark.kernel.transfer.event.*;
import uk.tidemark.kernel.transfer.query.FindRecordTransfer;
import uk.tidemark.kernel.transfer.query.FindRecordTransfers;
import uk.tidemark.kernel.transfer.query.RecordTransferView;
import uk.tidemark.query.CaseHistories;
import uk.tidemark.query.CaseHistoryDocument.HistoryEntry;
import uk.tidemark.query.incident.CaseTitles;
import uk.tidemark.query.register.RegisterProjections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The record transfers (decision 0055): one {@link RecordTransferDocument} per transfer, each change guarded by the
 * document's last sequence number. The cases sent are named as they were when sent (reference and kind of concern),
 * so the sending setting keeps a record of what it sent after the cases have left it. It runs with the registers'
 * projections, in their processing group.
 */
@Component
@ProcessingGroup(RegisterProjections.PROCESSING_GROUP)
public class RecordTransferProjection {

    private final MongoTemplate mongo;

    public RecordTransferProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @ResetHandler
    public void reset() {
        mongo.remove(new Query(), RecordTransferDocument.COLLECTION);
    }

    @EventHandler
    public void on(RecordTransferStarted e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String id = e.transferId().value();
        if (mongo.findById(id, RecordTransferDocument.class) != null) {
            return; // redelivered
        }
        RecordTransferDocument doc = new RecordTransferDocument();
        doc.id = id;
        doc.settingId = e.settingId();
        doc.toSettingId = e.toSettingId();
        doc.toSchool = e.toSchool();
        doc.settingIds.add(e.settingId());
        if (e.toSettingId() != null) {
            doc.settingIds.add(e.toSettingId());
        }
        doc.personId = e.personId() == null ? null : e.personId().value();
        doc.personName = e.personName();
        doc.startDate = iso(e.startDate());
        doc.dueOn = iso(e.dueOn());
        Map<String, CaseTitles.Title> titles = CaseTitles.of(mongo, e.caseIds());
        for (String caseId : e.caseIds()) {
            CaseTitles.Title t = titles.get(caseId);
            doc.cases.add(new RecordTransferDocument.Sent(caseId, t == null ? null : t.reference(),
                    t == null ? null : t.title()));
        }
        doc.startedBy = e.startedBy();
        doc.startedAt = at;
        doc.state = TransferState.STARTED;
        doc.summary = "A pupil's record transfer";
        doc.history.add(new HistoryEntry(at, RecordTransferStarted.class.getSimpleName(), actor,
                "Sent " + e.caseIds().size() + (e.caseIds().size() == 1 ? " case" : " cases")));
        doc.updatedAt = at;
        doc.lastSequence = seq;
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException raced) {
            // stored concurrently by a redelivery: the stored document stands
        }
    }

    @EventHandler
    public void on(RecordTransferDelivered e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        CaseHistories.apply(mongo, RecordTransferDocument.class, e.recordId(), e, seq, at, actor,
                "Recorded the delivery", doc -> {
                    doc.state = TransferState.DELIVERED;
                    doc.deliveredHow = e.how();
                    doc.deliveredOn = iso(e.deliveredOn());
                    doc.bundleId = e.bundleId();
                });
    }

    @EventHandler
    public void on(RecordTransferReceived e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        CaseHistories.apply(mongo, RecordTransferDocument.class, e.recordId(), e, seq, at, actor,
                "Confirmed the receipt", doc -> {
                    doc.state = TransferState.RECEIVED;
                    doc.confirmedBy = e.confirmedBy();
                    doc.confirmedHow = e.how();
                    doc.receivedOn = iso(e.receivedOn());
                    doc.receivedBy = actor;
                    doc.receivedAt = at;
                });
    }

    /** The receipt deadline's events count in the transfer's version (If-Match); a missed one marks it. */
    @EventHandler
    public void on(DeadlineEvent e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        if (e instanceof DeadlineMissed && e.caseType() == CaseType.RECORD_TRANSFER) {
            RecordTransferDocument doc = mongo.findById(e.caseId(), RecordTransferDocument.class);
            if (doc != null && seq > doc.lastSequence) {
                doc.missed = true;
                mongo.save(doc);
            }
        }
        CaseHistories.onDeadline(mongo, RecordTransferDocument.class, CaseType.RECORD_TRANSFER, e, seq, at, actor);
    }

    @QueryHandler
    public Optional<RecordTransferView> handle(FindRecordTransfer query) {
        return Optional.ofNullable(mongo.findById(query.transferId().value(), RecordTransferDocument.class))
                .map(RecordTransferProjection::view);
    }

    @QueryHandler
    public List<RecordTransferView> handle(FindRecordTransfers query) {
        if (query.settingIds() == null || query.settingIds().isEmpty()) {
            return List.of();
        }
        Query q = new Query(where("settingIds").in(query.settingIds()))
                .with(Sort.by(Sort.Order.desc("startedAt"), Sort.Order.asc("_id")));
        return mongo.find(q, RecordTransferDocument.class).stream().map(RecordTransferProjection::view).toList();
    }

    private static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static RecordTransferView view(RecordTransferDocument d) {
        List<RecordTransferView.SentCase> sent = new ArrayList<>();
        d.cases.forEach(c -> sent.add(new RecordTransferView.SentCase(c.id(), c.reference(), c.title())));
        return new RecordTransferView(d.id, d.settingId, d.toSettingId, d.toSchool, d.personId, d.personName,
                day(d.startDate), day(d.dueOn), sent, d.startedBy, d.startedAt, d.state, d.deliveredHow,
                day(d.deliveredOn), d.bundleId, d.confirmedBy, d.confirmedHow, day(d.receivedOn), d.receivedBy,
                d.receivedAt, d.missed, d.lastSequence);
    }
}
