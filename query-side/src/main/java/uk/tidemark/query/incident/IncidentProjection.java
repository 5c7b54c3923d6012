package uk.tidemark.query.incident;

import jakarta.annotation.PostConstruct;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.kernel.incident.IncidentStatus;
import uk.tidemark.kernel.incident.Involvement;
import uk.tidemark.kernel.incident.Stage;
import uk.tidemark.kernel.incident.event.*;
import uk.tidemark.query.incident.IncidentDocument.*;
import uk.tidemark.query.support.BatchedDocuments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps one {@link IncidentDocument} per case. Events arrive at least once (no transactions on the read
 * store), so every handler is guarded by the document's {@code lastSequence}: an event at or below it has
 * already been applied and is ignored.
 */
@Component
@ProcessingGroup(IncidentProjection.PROCESSING_GROUP)
public class IncidentProjection {
    public static final String PROCESSING_GROUP = "incidents";
    private static final Logger log = LoggerFactory.getLogger(IncidentProjection.class);

    private final MongoTemplate mongo;
    /** Read once and written once per batch (docs/decisions/0022-batched-projection-writes.md). */
    private final BatchedDocuments<IncidentDocument> cases;
    private final IncidentListIndex index;

    public IncidentProjection(MongoTemplate mongo, IncidentListIndex index) {
        this.mongo = mongo;
        this.index = index;
        this.cases = new BatchedDocuments<>(mongo, IncidentDocument.class, IncidentDocument.COLLECTION, d -> d.id)
                .onStored(this::stored).prefetching(IncidentProjection::caseIdOf);
    }

    private static Stream<String> caseIdOf(Object payload) {
        if (payload instanceof IncidentEvent e) {
            return Stream.of(e.incidentId().value());
        }
        return payload instanceof DeadlineEvent d && d.caseType() == CaseType.INCIDENT ? Stream.of(d.caseId())
                : Stream.empty();
    }

    /**
     * The one place every case document passes once it is in the store, after the write succeeded: once per write
     * (a batch writes a case once, however many of its events it held). Runs on the processor's thread.
     */
    private void stored(IncidentDocument doc) {
        index.written(doc);
    }

    /** The case list filters by setting and status and sorts by loggedAt; the scope filters need the others. */
    @PostConstruct
    public void createIndexes() {
        IndexOperations ops = mongo.indexOps(IncidentDocument.COLLECTION);
        ops.ensureIndex(new Index().named("setting_status_logged")
                .on("settingId", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on("loggedAt", Sort.Direction.DESC));
        ops.ensureIndex(new Index().named("reported_by").on("reportedBy", Sort.Direction.ASC));
        ops.ensureIndex(new Index().named("owner").on("ownerId", Sort.Direction.ASC));
        ops.ensureIndex(new Index().named("subject_usernames").on("subjectUsernames", Sort.Direction.ASC));
    }

    /**
     * Dropped, not emptied: the embedded server removes documents one by one, maintaining every index (measured: a
     * quarter of its time in a rebuild); a dropped collection costs nothing to empty, and its indexes are made again.
     */
    @ResetHandler
    public void reset() {
        mongo.dropCollection(IncidentDocument.COLLECTION);
        createIndexes();
        index.cleared();
    }

    @EventHandler
    public void on(IncidentLogged e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String id = e.incidentId().value();
        // find by _id, not exists(): Spring Data answers exists() with countDocuments, an aggregation that the
        // embedded server runs as a collection scan, while a find by _id is an index lookup everywhere
        if (cases.find(id) != null) {
            return; // redelivered: the case was created by an earlier delivery
        }
        IncidentDocument doc = new IncidentDocument();
        doc.id = id;
        doc.settingId = e.settingId();
        doc.status = IncidentStatus.OPEN;
        doc.stage = Stage.NEW;
        doc.furthestStage = Stage.NEW;
        doc.category = e.category();
        doc.platform = e.platform();
        doc.occurredAt = e.occurredAt();
        doc.loggedAt = at;
        doc.reportedBy = e.reportedBy() != null ? e.reportedBy() : actor;
        doc.summary = e.summary();
        doc.links = e.links() == null ? new ArrayList<>() : new ArrayList<>(e.links());
        doc.immediateRisk = e.immediateRisk();
        if (e.people() != null) {
            e.people().forEach(p -> doc.people.add(new PersonEntry(p.personId().value(), p.name(), p.role(),
                    p.involvement(), p.username())));
        }
        doc.subjectUsernames = subjectUsernames(doc.people);
        doc.updatedAt = at;
        doc.lastSequence = seq;
        cases.create(doc);
    }

    @EventHandler
    public void on(IncidentTriaged e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> {
            doc.severity = e.severity();
            doc.triageReason = e.reason();
            doc.allegationRoute = e.allegationRoute();
            if (e.ownerId() != null) { // triage may leave ownership as it was
                doc.ownerId = e.ownerId();
            }
            advance(doc, Stage.TRIAGED);
        });
    }

    @EventHandler
    public void on(IncidentAssigned e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> doc.ownerId = e.ownerId());
    }

    @EventHandler
    public void on(PersonLinkedToUser e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> {
            doc.people.replaceAll(p -> p.personId().equals(e.personId().value()) ? p.linkedTo(e.username()) : p);
            doc.subjectUsernames = subjectUsernames(doc.people);
        });
    }

    /** Derived from the people every time, so a redelivered or replayed link gives the same list. */
    private static List<String> subjectUsernames(List<PersonEntry> people) {
        return people.stream()
                .filter(p -> p.involvement() == Involvement.SUBJECT && p.username() != null && !p.username().isBlank())
                .map(PersonEntry::username).distinct().sorted().collect(Collectors.toCollection(ArrayList::new));
    }

    @EventHandler
    public void on(ContentActionRecorded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, doc -> {
            doc.contentActions.add(new ContentActionEntry(e.actionId(), e.action(), e.reference(), e.note(), at, actor));
            advance(doc, Stage.ACTION_TAKEN);
        });
    }

    @EventHandler
    public void on(NoteAdded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, doc -> doc.notes.add(new NoteEntry(e.noteId(), e.text(), at, actor)));
    }

    @EventHandler
    public void on(EvidenceRecorded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, doc -> doc.evidence.add(new EvidenceEntry(e.evidenceId(), e.description(), e.sha256(),
                e.capturedAt(), e.url(), at, actor)));
    }

    @EventHandler
    public void on(WarningIssued e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, doc -> {
            String due = e.responseDueBy() == null ? null : e.responseDueBy().toString();
            doc.warnings.add(new WarningEntry(e.warningId().value(), e.personId().value(), e.kind(), e.channel(),
                    e.text(), due, null, null, at, actor, null));
            advance(doc, Stage.ACTION_TAKEN);
        });
    }

    @EventHandler
    public void on(WarningResponseRecorded e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> doc.warnings.replaceAll(w -> w.warningId().equals(e.warningId().value())
                ? w.respondedWith(e.response(), e.note(), at) : w));
    }

    @EventHandler
    public void on(EscalatedToPolice e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, doc -> {
            // today's rules refuse a second escalation, but a projection replays the events as they are, not as
            // the rules now are: a later escalation replaces the details and keeps the updates received
            var updates = doc.police == null ? new ArrayList<PoliceUpdateEntry>() : doc.police.updates();
            doc.police = new PoliceEntry(e.escalationId(), e.reason(), e.force(), e.crimeReference(), e.officer(),
                    at, actor, updates);
            advance(doc, Stage.ESCALATED);
        });
    }

    @EventHandler
    public void on(PoliceUpdateRecorded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, doc -> {
            if (doc.police == null) {
                log.warn("Police update {} on incident {} that was never escalated; ignored", e.updateId(), doc.id);
                return;
            }
            doc.police = doc.police.withUpdate(new PoliceUpdateEntry(e.updateId(), e.status(), e.note(),
                    e.crimeReference(), at, actor));
        });
    }

    @EventHandler
    public void on(ReferredToAgency e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, doc -> {
            doc.referrals.add(new ReferralEntry(e.referralId(), e.agency(), e.reason(), e.reference(), at, actor,
                    null, null, null));
            advance(doc, Stage.ESCALATED);
        });
    }

    @EventHandler
    public void on(ReferralAcknowledged e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> doc.referrals.replaceAll(r -> r.referralId().equals(e.referralId())
                ? r.acknowledged(e.reference(), e.note(), at) : r));
    }

    /** Only the HR case's id: the DSL sees its stage and outcome from the HR register, nothing more. */
    @EventHandler
    public void on(DisciplinaryReferralMade e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> addOnce(doc.disciplinaryCaseIds, e.disciplinaryCaseId().value()));
    }

    @EventHandler
    public void on(ComplaintReferralMade e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> addOnce(doc.complaintIds, e.complaintId().value()));
    }

    /**
     * A deadline event in this case's stream changes nothing shown here (the deadline board shows it), but it
     * counts in the aggregate's version, which the version shown here must equal for If-Match to work.
     */
    @EventHandler
    public void on(DeadlineEvent e, @SequenceNumber long seq) {
        if (e.caseType() != CaseType.INCIDENT) {
            return;
        }
        IncidentDocument doc = cases.find(e.caseId());
        if (doc == null || seq <= doc.lastSequence) {
            return;
        }
        doc.lastSequence = seq;
        cases.store(doc);
    }

    @EventHandler
    public void on(IncidentClosed e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> {
            doc.status = IncidentStatus.CLOSED;
            doc.stage = Stage.CLOSED;
            doc.outcome = e.outcome();
            doc.rationale = e.rationale();
            doc.closedAt = at;
        });
    }

    @EventHandler
    public void on(IncidentReopened e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> {
            doc.status = IncidentStatus.OPEN;
            doc.stage = doc.furthestStage;
            doc.outcome = null;
            doc.rationale = null;
            doc.closedAt = null;
        });
    }

    private static void addOnce(List<String> ids, String id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    /** Open stages only move forward; a closed case stays CLOSED until reopened. */
    private static void advance(IncidentDocument doc, Stage reached) {
        doc.furthestStage = doc.furthestStage.atLeast(reached);
        if (doc.status != IncidentStatus.CLOSED) {
            doc.stage = doc.furthestStage;
        }
    }

    /**
     * Read, change and write back one case, unless the event was applied already (its sequence is at or below
     * the document's {@code lastSequence}), which makes redelivery a no-op. The change is made on a copy, stored
     * only when it returns: a change that throws leaves the case as the batch's earlier events made it.
     */
    private void apply(IncidentEvent e, long seq, Instant at, Consumer<IncidentDocument> change) {
        String id = e.incidentId().value();
        IncidentDocument doc = cases.find(id);
        if (doc == null) {
            log.warn("{} #{} for unknown incident {}; ignored", e.getClass().getSimpleName(), seq, id);
            return;
        }
        if (seq <= doc.lastSequence) {
            return;
        }
        change.accept(doc);
        doc.lastSequence = seq;
        doc.updatedAt = at;
        // Written by _id alone (BatchedDocuments): a filter with any other field makes the embedded server scan
        // the whole collection, which made every event cost O(cases) (docs/benchmarks.md). The read above already
        // skips stale events, and Axon gives each aggregate's events to one segment owner at a time.
        cases.store(doc);
    }
}
