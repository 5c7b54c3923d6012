package uk.tidemark.query.incident;

import jakarta.annotation.PostConstruct;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.kernel.incident.event.*;
import uk.tidemark.query.support.BatchedDocuments;
import uk.tidemark.query.support.Documents;
import uk.tidemark.query.support.StreamReplay;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Keeps one {@link IncidentDocument} per case. Events arrive at least once (no transactions on the read
 * store), so every handler is guarded by the document's {@code lastSequence}: an event at or below it has
 * already been applied and is ignored. What each event changes in the document is {@link IncidentChanges}.
 */
@Component
@ProcessingGroup(IncidentProjection.PROCESSING_GROUP)
public class IncidentProjection {
    public static final String PROCESSING_GROUP = "incidents";
    private static final Logger log = LoggerFactory.getLogger(IncidentProjection.class);

    private final MongoTemplate mongo;
    /** Read once and written once per batch (docs/decisions/0022-batched-projection-writes.md). */
    private final Documents<IncidentDocument> cases;
    private final IncidentListIndex index;
    /** The case's own events, read again when its key is destroyed (decision 0051). */
    private StreamReplay replay = new StreamReplay(() -> null, this);

    @Autowired
    public IncidentProjection(MongoTemplate mongo, IncidentListIndex index) {
        this.mongo = mongo;
        this.index = index;
        this.cases = new BatchedDocuments<>(mongo, IncidentDocument.class, IncidentDocument.COLLECTION, d -> d.id)
                .onStored(this::stored).prefetching(IncidentProjection::caseIdOf);
    }

    /** The same handlers over documents in memory, never the store's: a case as its events to a moment made it. */
    IncidentProjection(Documents<IncidentDocument> cases, Supplier<EventStore> events) {
        this.mongo = null;
        this.index = null;
        this.cases = cases;
        this.replay = new StreamReplay(events, this);
    }

    private static Stream<String> caseIdOf(Object payload) {
        if (payload instanceof IncidentEvent e) {
            return Stream.of(e.incidentId().value());
        }
        return payload instanceof DeadlineEvent d && d.caseType() == CaseType.INCIDENT ? Stream.of(d.caseId())
                : Stream.empty();
    }

    @Autowired(required = false)
    public void readingFrom(ObjectProvider<EventStore> events) {
        this.replay = new StreamReplay(events::getIfAvailable, this);
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
        // find by _id, not exists(): Spring Data answers exists() with countDocuments, an aggregation that the
        // embedded server runs as a collection scan, while a find by _id is an index lookup everywhere
        if (cases.find(e.incidentId().value()) != null) {
            return; // redelivered: the case was created by an earlier delivery
        }
        cases.create(IncidentChanges.logged(e, seq, at, actor));
    }

    @EventHandler
    public void on(IncidentTriaged e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> IncidentChanges.triaged(doc, e));
    }

    @EventHandler
    public void on(IncidentAssigned e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> IncidentChanges.assigned(doc, e));
    }

    @EventHandler
    public void on(PersonLinkedToUser e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> IncidentChanges.personLinked(doc, e));
    }

    @EventHandler
    public void on(PersonAddedToCase e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> IncidentChanges.personAdded(doc, e));
    }

    @EventHandler
    public void on(PersonCorrected e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> IncidentChanges.personCorrected(doc, e));
    }

    @EventHandler
    public void on(CategoryChanged e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> IncidentChanges.categoryChanged(doc, e));
    }

    @EventHandler
    public void on(ReportAmended e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> IncidentChanges.reportAmended(doc, e));
    }

    @EventHandler
    public void on(ContentActionRecorded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, doc -> IncidentChanges.contentActionRecorded(doc, e, at, actor));
    }

    @EventHandler
    public void on(NoteAdded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, doc -> IncidentChanges.noteAdded(doc, e, at, actor));
    }

    @EventHandler
    public void on(EvidenceRecorded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, doc -> IncidentChanges.evidenceRecorded(doc, e, at, actor));
    }

    @EventHandler
    public void on(WarningIssued e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, doc -> IncidentChanges.warningIssued(doc, e, at, actor));
    }

    @EventHandler
    public void on(WarningResponseRecorded e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> IncidentChanges.warningResponseRecorded(doc, e, at));
    }

    @EventHandler
    public void on(EscalatedToPolice e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, doc -> IncidentChanges.escalatedToPolice(doc, e, at, actor));
    }

    @EventHandler
    public void on(PoliceUpdateRecorded e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, doc -> {
            if (doc.police == null) {
                log.warn("Police update {} on incident {} that was never escalated; ignored", e.updateId(), doc.id);
                return;
            }
            IncidentChanges.policeUpdateRecorded(doc, e, at, actor);
        });
    }

    @EventHandler
    public void on(ReferredToAgency e, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        apply(e, seq, at, doc -> IncidentChanges.referredToAgency(doc, e, at, actor));
    }

    @EventHandler
    public void on(ReferralAcknowledged e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> IncidentChanges.referralAcknowledged(doc, e, at));
    }

    @EventHandler
    public void on(DisciplinaryReferralMade e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> IncidentChanges.referredToHr(doc, e));
    }

    @EventHandler
    public void on(ComplaintReferralMade e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> IncidentChanges.redirectedToComplaint(doc, e));
    }

    /**
     * A deadline event in this case's stream changes nothing shown here (the deadline board shows it), but it
     * counts in the aggregate's version, which the version shown here must equal for If-Match to work.
     */
    /**
     * A pupil of the case on the image consent register (issue 18): the case page reads the register itself, and the
     * chronology says so; here it counts in the case's version (If-Match), as every event of the case must.
     */
    @EventHandler
    public void on(OptedOutPupilNoted e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> {
        });
    }

    /**
     * Records governance (decision 0052): the retention panel reads its own model ({@code RetentionProjection}); here
     * they count in the case's version (If-Match), as every event of the case must. The erasure itself
     * ({@link IncidentContentDestroyed}) makes the case again from its own events, below (decision 0051).
     */
    @EventHandler
    public void on(RetentionScheduled e, @SequenceNumber long seq, @Timestamp Instant at) { counted(e, seq, at); }
    @EventHandler
    public void on(RetentionExtended e, @SequenceNumber long seq, @Timestamp Instant at) { counted(e, seq, at); }
    @EventHandler
    public void on(LegalHoldPlaced e, @SequenceNumber long seq, @Timestamp Instant at) { counted(e, seq, at); }
    @EventHandler
    public void on(LegalHoldLifted e, @SequenceNumber long seq, @Timestamp Instant at) { counted(e, seq, at); }
    @EventHandler
    public void on(DestructionRequested e, @SequenceNumber long seq, @Timestamp Instant at) { counted(e, seq, at); }
    /** A verifiable copy exported (decision 0054): the bundle list reads the bundles' own store. */
    @EventHandler
    public void on(CaseBundleExported e, @SequenceNumber long seq, @Timestamp Instant at) { counted(e, seq, at); }
    /** Received from another installation (decision 0057): the chronology shows where from. */
    @EventHandler
    public void on(IncidentImported e, @SequenceNumber long seq, @Timestamp Instant at) { counted(e, seq, at); }

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

    /** A reference given to a case logged before references (decision 0038): the case's update time stays. */
    @EventHandler
    public void on(IncidentReferenceAssigned e, @SequenceNumber long seq) {
        IncidentDocument doc = cases.find(e.incidentId().value());
        if (doc == null || seq <= doc.lastSequence) {
            return;
        }
        IncidentChanges.referenceAssigned(doc, e);
        doc.lastSequence = seq;
        cases.store(doc);
    }

    @EventHandler // decision 0055
    public void on(IncidentTransferred e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> IncidentChanges.transferred(doc, e));
    }

    @EventHandler
    public void on(IncidentClosed e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, doc -> IncidentChanges.closed(doc, e, at));
    }

    @EventHandler
    public void on(IncidentReopened e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e, seq, at, IncidentChanges::reopened);
    }

    /** An event that changes nothing shown here, counted in the case's version. */
    private void counted(IncidentEvent e, long seq, Instant at) {
        apply(e, seq, at, doc -> {
        });
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

    /**
     * The case's data key was destroyed (decision 0051): the case is made again from its own events, which now read
     * back with the erasure marker where personal content stood, exactly as a rebuild of this projection makes it.
     * What is not personal (category, dates, steps, outcome) comes back as it was, so the figures do not change.
     */
    @EventHandler
    public void on(IncidentContentDestroyed e, @SequenceNumber long seq, @Timestamp Instant at) {
        String id = e.incidentId().value();
        IncidentDocument doc = cases.find(id);
        if (doc == null || seq <= doc.lastSequence) {
            return;
        }
        replay.replay(id, seq, first -> {
            if (first.getPayload() instanceof IncidentLogged logged) {
                cases.store(IncidentChanges.logged(logged, 0, first.getTimestamp(),
                        (String) first.getMetaData().get(Meta.ACTOR)));
            }
        });
        apply(e, seq, at, erased -> IncidentChanges.erased(erased, e, at));
    }
}
