package uk.tidemark.query.deadline;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.complaint.event.ComplaintReceived;
import uk.tidemark.kernel.complaint.event.ComplaintReferenceAssigned;
import uk.tidemark.kernel.deadline.DeadlineStatus;
import uk.tidemark.kernel.deadline.event.DeadlineCancelled;
import uk.tidemark.kernel.deadline.event.DeadlineMet;
import uk.tidemark.kernel.deadline.event.DeadlineMissed;
import uk.tidemark.kernel.deadline.event.DeadlineSet;
import uk.tidemark.kernel.disciplinary.event.DisciplinaryCaseOpened;
import uk.tidemark.kernel.disciplinary.event.DisciplinaryCaseReferenceAssigned;
import uk.tidemark.kernel.incident.event.IncidentAssigned;
import uk.tidemark.kernel.incident.event.IncidentLogged;
import uk.tidemark.kernel.incident.event.IncidentReferenceAssigned;
import uk.tidemark.kernel.incident.event.IncidentTransferred;
import uk.tidemark.kernel.incident.event.IncidentTriaged;

import java.time.Instant;
import java.util.function.Consumer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The deadline board: one {@link DeadlineDocument} per deadline of any case, and one {@link CaseDeadlinesDocument}
 * per case listing them. Every deadline event comes from the stream of the case that owns the deadline, and so do
 * the incident's triage and assignment, so one sequence per case orders everything the board applies for it: an
 * event at or below the case's {@code lastSequence} was applied already and is ignored. Each deadline document
 * also keeps the sequence that last changed it, so a change written before a crash is not applied twice.
 * <p>
 * Writes go deadline first, case index last: an event interrupted between the two is applied again in full on
 * redelivery, and every change is the same when repeated.
 */
@Component
@ProcessingGroup(DeadlineBoardProjection.PROCESSING_GROUP)
public class DeadlineBoardProjection {
    public static final String PROCESSING_GROUP = "deadline-board";
    private static final Logger log = LoggerFactory.getLogger(DeadlineBoardProjection.class);

    private final MongoTemplate mongo;

    public DeadlineBoardProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @ResetHandler
    public void reset() {
        mongo.remove(new Query(), DeadlineDocument.COLLECTION);
        mongo.remove(new Query(), CaseDeadlinesDocument.COLLECTION);
    }

    @EventHandler
    public void on(DeadlineSet e, @SequenceNumber long seq, @Timestamp Instant at) {
        inCase(e.caseId(), seq, index -> {
            DeadlineDocument d = mongo.findById(e.deadlineId(), DeadlineDocument.class);
            if (d == null) {
                d = new DeadlineDocument();
                d.id = e.deadlineId();
            } else if (d.lastSequence >= seq) {
                return; // written before an interruption
            }
            // a later DeadlineSet for the same id starts it afresh (a warning's expiry replaced on appeal)
            d.kind = e.kind();
            d.caseType = e.caseType();
            d.caseId = e.caseId();
            d.caseReference = index.reference;
            d.settingId = e.settingId();
            d.dueAt = e.dueAt();
            d.status = DeadlineStatus.PENDING;
            d.ownerId = e.ownerId();
            d.setAt = at;
            d.metAt = null;
            d.missedAt = null;
            d.lastSequence = seq;
            mongo.save(d);
            if (!index.deadlineIds.contains(d.id)) {
                index.deadlineIds.add(d.id);
            }
        });
    }

    @EventHandler
    public void on(DeadlineMet e, @SequenceNumber long seq, @Timestamp Instant at) {
        inCase(e.caseId(), seq, index -> {
            DeadlineDocument d = mongo.findById(e.deadlineId(), DeadlineDocument.class);
            if (d == null) {
                log.warn("Deadline {} met but never set; ignored", e.deadlineId());
                return;
            }
            if (d.lastSequence >= seq) {
                return;
            }
            d.status = DeadlineStatus.MET;
            d.metAt = at;
            d.lastSequence = seq;
            mongo.save(d);
        });
    }

    /** The event carries the whole deadline, so a board that never saw it set still shows it missed. */
    @EventHandler
    public void on(DeadlineMissed e, @SequenceNumber long seq, @Timestamp Instant at) {
        inCase(e.caseId(), seq, index -> {
            DeadlineDocument d = mongo.findById(e.deadlineId(), DeadlineDocument.class);
            if (d == null) {
                d = new DeadlineDocument();
                d.id = e.deadlineId();
            } else if (d.lastSequence >= seq) {
                return;
            }
            d.kind = e.kind();
            d.caseType = e.caseType();
            d.caseId = e.caseId();
            d.caseReference = index.reference;
            d.settingId = e.settingId();
            d.dueAt = e.dueAt();
            if (e.ownerId() != null) {
                d.ownerId = e.ownerId();
            }
            d.status = DeadlineStatus.MISSED;
            d.missedAt = at;
            d.lastSequence = seq;
            mongo.save(d);
            if (!index.deadlineIds.contains(d.id)) {
                index.deadlineIds.add(d.id);
            }
        });
    }

    @EventHandler
    public void on(DeadlineCancelled e, @SequenceNumber long seq) {
        inCase(e.caseId(), seq, index -> {
            mongo.remove(Query.query(where("_id").is(e.deadlineId())), DeadlineDocument.COLLECTION);
            index.deadlineIds.remove(e.deadlineId());
        });
    }

    // The case's reference (decision 0038): from the event that creates the case, which comes first in its stream,
    // or from the one that gave a case logged before references its own, which every deadline of the case then shows.

    @EventHandler
    public void on(IncidentLogged e, @SequenceNumber long seq) {
        referenced(e.incidentId().value(), e.reference(), seq);
    }

    @EventHandler
    public void on(DisciplinaryCaseOpened e, @SequenceNumber long seq) {
        referenced(e.caseId().value(), e.reference(), seq);
    }

    @EventHandler
    public void on(ComplaintReceived e, @SequenceNumber long seq) {
        referenced(e.complaintId().value(), e.reference(), seq);
    }

    @EventHandler
    public void on(IncidentReferenceAssigned e, @SequenceNumber long seq) {
        referenced(e.incidentId().value(), e.reference(), seq);
    }

    @EventHandler
    public void on(DisciplinaryCaseReferenceAssigned e, @SequenceNumber long seq) {
        referenced(e.caseId().value(), e.reference(), seq);
    }

    @EventHandler
    public void on(ComplaintReferenceAssigned e, @SequenceNumber long seq) {
        referenced(e.complaintId().value(), e.reference(), seq);
    }

    private void referenced(String caseId, String reference, long seq) {
        if (reference == null) {
            return; // a case from before references: nothing to show until it is given one
        }
        inCase(caseId, seq, index -> {
            index.reference = reference;
            for (String id : index.deadlineIds) {
                DeadlineDocument d = mongo.findById(id, DeadlineDocument.class);
                if (d != null && !reference.equals(d.caseReference)) {
                    d.caseReference = reference;
                    mongo.save(d);
                }
            }
        });
    }

    @EventHandler
    public void on(IncidentTriaged e, @SequenceNumber long seq) {
        if (e.ownerId() != null) { // triage may leave ownership as it was
            ownerFollowsTheCase(e.incidentId().value(), e.ownerId(), seq);
        }
    }

    @EventHandler
    public void on(IncidentAssigned e, @SequenceNumber long seq) {
        if (e.ownerId() != null) {
            ownerFollowsTheCase(e.incidentId().value(), e.ownerId(), seq);
        }
    }

    /**
     * A case sent to another setting of the trust (decision 0055): its deadlines go with it, to the receiving
     * setting, and the pending ones fall to its leads until one of them owns the case.
     */
    @EventHandler
    public void on(IncidentTransferred e, @SequenceNumber long seq) {
        if (e.outside() || mongo.findById(CaseDeadlinesDocument.idOf(e.incidentId().value()),
                CaseDeadlinesDocument.class) == null) {
            return;
        }
        inCase(e.incidentId().value(), seq, index -> {
            for (String id : index.deadlineIds) {
                DeadlineDocument d = mongo.findById(id, DeadlineDocument.class);
                if (d != null && d.lastSequence < seq) {
                    d.settingId = e.toSettingId();
                    if (d.status == DeadlineStatus.PENDING) {
                        d.ownerId = null;
                    }
                    d.lastSequence = seq;
                    mongo.save(d);
                }
            }
        });
    }

    /** The incident's pending deadlines pass to its new owner; met and missed ones stay with whoever had them. */
    private void ownerFollowsTheCase(String incidentId, String ownerId, long seq) {
        if (mongo.findById(CaseDeadlinesDocument.idOf(incidentId), CaseDeadlinesDocument.class) == null) {
            return; // no deadline set yet: nothing to hand over
        }
        inCase(incidentId, seq, index -> {
            for (String id : index.deadlineIds) {
                DeadlineDocument d = mongo.findById(id, DeadlineDocument.class);
                if (d != null && d.caseType == CaseType.INCIDENT && d.status == DeadlineStatus.PENDING
                        && d.lastSequence < seq) {
                    d.ownerId = ownerId;
                    d.lastSequence = seq;
                    mongo.save(d);
                }
            }
        });
    }

    /** Applies one event of a case's stream unless the case's index shows it applied, then records it there. */
    private void inCase(String caseId, long seq, Consumer<CaseDeadlinesDocument> change) {
        String indexId = CaseDeadlinesDocument.idOf(caseId);
        CaseDeadlinesDocument index = mongo.findById(indexId, CaseDeadlinesDocument.class);
        if (index == null) {
            index = new CaseDeadlinesDocument();
            index.id = indexId;
            index.caseId = caseId;
        } else if (seq <= index.lastSequence) {
            return;
        }
        change.accept(index);
        index.lastSequence = seq;
        mongo.save(index);
    }
}
