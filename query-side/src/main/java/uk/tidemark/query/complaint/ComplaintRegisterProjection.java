package uk.tidemark.query.complaint;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.complaint.event.*;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.query.complaint.ComplaintDocument.*;
import uk.tidemark.query.CaseHistories;
import uk.tidemark.query.CaseHistoryDocument.HistoryEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static uk.tidemark.kernel.complaint.ComplaintStage.*;
import static uk.tidemark.query.Words.*;

/**
 * The complaints register: one {@link ComplaintDocument} per complaint, with its history. Every handler is guarded
 * by the document's {@code lastSequence}, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(ComplaintRegisterProjection.PROCESSING_GROUP)
public class ComplaintRegisterProjection {
    public static final String PROCESSING_GROUP = "complaints-register";
    private static final Logger log = LoggerFactory.getLogger(ComplaintRegisterProjection.class);

    private final MongoTemplate mongo;

    public ComplaintRegisterProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @ResetHandler
    public void reset() {
        mongo.remove(new Query(), ComplaintDocument.COLLECTION);
    }

    @EventHandler
    public void on(ComplaintReceived e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String id = e.complaintId().value();
        if (mongo.findById(id, ComplaintDocument.class) != null) {
            return; // redelivered
        }
        ComplaintDocument doc = new ComplaintDocument();
        doc.id = id;
        doc.reference = e.reference();
        doc.settingId = e.settingId();
        doc.channel = e.channel();
        doc.complainant = e.complainant();
        doc.summary = e.summary();
        doc.linkedIncidentId = e.linkedIncidentId() == null ? null : e.linkedIncidentId().value();
        doc.receivedBy = e.receivedBy() != null ? e.receivedBy() : actor;
        doc.receivedAt = at;
        doc.receivedOn = iso(e.receivedOn());
        doc.stage = RECEIVED;
        doc.acknowledgeBy = iso(e.acknowledgeBy());
        String sentence = "Received by " + words(e.channel())
                + (e.receivedOn() == null ? "" : " on " + e.receivedOn())
                + (doc.linkedIncidentId == null ? "" : " (from an incident)")
                + colon(e.summary()) + (e.acknowledgeBy() == null ? "" : "; acknowledge by " + e.acknowledgeBy());
        doc.history.add(new HistoryEntry(at, typeOf(e), actor, sentence));
        doc.updatedAt = at;
        doc.lastSequence = seq;
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException raced) {
            log.debug("Complaint {} was created concurrently; keeping the stored document", id);
        }
    }

    /** A complaint received before references is given one (decision 0038). */
    @EventHandler
    public void on(ComplaintReferenceAssigned e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Given the reference " + e.reference(), doc -> doc.reference = e.reference());
    }

    @EventHandler
    public void on(ComplaintAcknowledged e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Acknowledged to the complainant", doc -> {
            doc.acknowledgedAt = at;
            doc.stage = ACKNOWLEDGED;
        });
    }

    @EventHandler
    public void on(ComplaintResolvedInformally e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Resolved informally" + colon(e.outcome()), doc -> {
            doc.informal = new InformalEntry(e.outcome(), at);
            doc.stage = INFORMAL;
        });
    }

    @EventHandler
    public void on(EscalatedToFormalStage e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String sentence = "Taken to the formal stage" + colon(e.reason())
                + (e.formalResponseDueBy() == null ? "" : "; response due by " + e.formalResponseDueBy());
        apply(e, seq, at, actor, sentence, doc -> {
            doc.formal = new FormalEntry(e.reason(), at, iso(e.formalResponseDueBy()), null, null, null, null);
            doc.stage = FORMAL;
        });
    }

    @EventHandler
    public void on(FormalResponseRecorded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Formal response sent" + colon(e.findings()), doc -> {
            FormalEntry f = doc.formal;
            doc.formal = new FormalEntry(f == null ? null : f.reason(), f == null ? null : f.escalatedAt(),
                    f == null ? null : f.responseDueBy(), e.findings(), e.reasons(), e.howToEscalate(), at);
            doc.stage = FORMAL;
        });
    }

    @EventHandler
    public void on(PanelRequested e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String sentence = "Panel requested" + colon(e.reason())
                + (e.panelDueBy() == null ? "" : "; to be held by " + e.panelDueBy());
        apply(e, seq, at, actor, sentence, doc -> {
            doc.panel = new PanelEntry(e.reason(), at, iso(e.panelDueBy()), null, List.of(), null, null, null, null, null);
            doc.stage = PANEL;
        });
    }

    @EventHandler
    public void on(PanelHearingScheduled e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String sentence = "Panel hearing set for " + e.hearingOn()
                + (e.withinTimescale() ? "" : ", later than the panel timescale");
        apply(e, seq, at, actor, sentence, doc -> {
            PanelEntry p = panel(doc);
            doc.panel = new PanelEntry(p.reason(), p.requestedAt(), p.dueBy(), p.heldOn(), p.members(), p.decision(),
                    p.reasons(), p.decidedAt(), iso(e.hearingOn()), !e.withinTimescale());
            doc.stage = PANEL;
        });
    }

    @EventHandler
    public void on(PanelHearingRecorded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        List<String> members = e.panelMembers() == null ? List.of() : List.copyOf(e.panelMembers());
        String sentence = "Panel hearing held" + (e.heldOn() == null ? "" : " on " + e.heldOn())
                + (members.isEmpty() ? "" : ": " + cut(String.join(", ", members)));
        apply(e, seq, at, actor, sentence, doc -> {
            PanelEntry p = panel(doc);
            doc.panel = new PanelEntry(p.reason(), p.requestedAt(), p.dueBy(), iso(e.heldOn()), members, p.decision(),
                    p.reasons(), p.decidedAt(), p.hearingOn(), p.hearingLate());
            doc.stage = PANEL;
        });
    }

    @EventHandler
    public void on(PanelDecisionRecorded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Panel decision: " + words(e.decision()) + dash(e.reasons()), doc -> {
            PanelEntry p = panel(doc);
            doc.panel = new PanelEntry(p.reason(), p.requestedAt(), p.dueBy(), p.heldOn(), p.members(), e.decision(),
                    e.reasons(), at, p.hearingOn(), p.hearingLate());
            doc.stage = PANEL;
        });
    }

    /** A letter sent from the complaint (decision 0049): a line of its history, nothing else changes. */
    @EventHandler
    public void on(ComplaintLetterSent e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Letter sent: " + (e.kind() == null ? "a letter" : e.kind().title()), doc -> {
        });
    }

    @EventHandler
    public void on(ComplaintClosed e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Closed" + dash(e.rationale()), doc -> {
            doc.closedAt = at;
            doc.closingRationale = e.rationale();
            doc.stage = CLOSED;
        });
    }

    @EventHandler
    public void on(ComplaintWithdrawn e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, actor, "Withdrawn by the complainant" + dash(e.reason()), doc -> {
            doc.withdrawnAt = at;
            doc.withdrawalReason = e.reason();
            doc.stage = WITHDRAWN;
        });
    }

    /** Deadline events in the case's stream count in its version; a missed one is a history line. */
    @EventHandler
    public void on(DeadlineEvent e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        CaseHistories.onDeadline(mongo, ComplaintDocument.class, CaseType.COMPLAINT, e, seq, at, actor);
    }

    private void apply(ComplaintEvent e, long seq, Instant at, String actor, String sentence,
                       Consumer<ComplaintDocument> change) {
        CaseHistories.apply(mongo, ComplaintDocument.class, e.complaintId().value(), e, seq, at, actor, sentence, change);
    }

    /** The panel as recorded so far; an empty one if the request was somehow never seen. */
    private static PanelEntry panel(ComplaintDocument doc) {
        return doc.panel != null ? doc.panel : new PanelEntry(null, null, null, null, List.of(), null, null, null, null, null);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
