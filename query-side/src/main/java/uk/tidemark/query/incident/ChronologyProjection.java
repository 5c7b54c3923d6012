package uk.tidemark.query.incident;

import jakarta.annotation.PostConstruct;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.event.DeadlineCancelled;
import uk.tidemark.kernel.deadline.event.DeadlineMissed;
import uk.tidemark.kernel.incident.event.IncidentContentDestroyed;
import uk.tidemark.kernel.incident.event.IncidentEvent;
import uk.tidemark.kernel.incident.event.IncidentImported;
import uk.tidemark.kernel.incident.event.IncidentLogged;
import uk.tidemark.kernel.incident.event.PersonAddedToCase;
import uk.tidemark.kernel.incident.event.PersonCorrected;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.query.ChronologyEntry;
import uk.tidemark.kernel.incident.query.FindIncidentChronology;
import uk.tidemark.query.deadline.DeadlineWords;
import uk.tidemark.query.incident.ChronologyDocument.NamedPerson;
import uk.tidemark.query.support.BatchedDocuments;
import uk.tidemark.query.support.Documents;
import uk.tidemark.query.support.StreamReplay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Writes one {@link ChronologyDocument} per event of a case and answers a case's chronology. Writing by the id
 * {@code incidentId/sequence} is what makes redelivery harmless: the same event writes the same document.
 */
@Component
@ProcessingGroup(IncidentProjection.PROCESSING_GROUP)
public class ChronologyProjection {
    static final String DEADLINE_MISSED = "DEADLINE_MISSED";
    static final String DEADLINE_SETTLED = "DEADLINE_SETTLED";
    private static final String FORMER_INDEX = "incident_sequence";

    private final MongoTemplate mongo;
    /** Written once per batch; the logged entry read once per batch for names (docs/decisions/0022). */
    private final Documents<ChronologyDocument> entries;
    /** The case's own events, read again when its key is destroyed (decision 0051). */
    private StreamReplay replay = new StreamReplay(() -> null, this);

    @Autowired
    public ChronologyProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.entries = new BatchedDocuments<>(mongo, ChronologyDocument.class, ChronologyDocument.COLLECTION,
                ChronologyDocument::id).prefetching(ChronologyProjection::loggedEntryIdOf);
    }

    /** The same handlers over entries in memory, never the store's: a chronology as its events to a moment made it. */
    ChronologyProjection(Documents<ChronologyDocument> entries, Supplier<EventStore> events) {
        this.mongo = null;
        this.entries = entries;
        this.replay = new StreamReplay(events, this);
    }

    @Autowired(required = false)
    public void readingFrom(ObjectProvider<EventStore> events) {
        this.replay = new StreamReplay(events::getIfAvailable, this);
    }

    /**
     * No secondary index: an entry is written and read by its {@code _id}, {@code {case}/{sequence}}, unique by
     * itself, and a case's chronology is read by those ids. The unique (incidentId, sequence) index of earlier
     * versions only repeated the {@code _id}'s uniqueness, and maintaining it was most of the embedded server's
     * time while commands ran (docs/benchmarks.md: 44% of its samples in unique-index lookups); it is dropped.
     */
    @PostConstruct
    public void createIndexes() {
        IndexOperations ops = mongo.indexOps(ChronologyDocument.COLLECTION);
        if (ops.getIndexInfo().stream().anyMatch(index -> FORMER_INDEX.equals(index.getName()))) {
            ops.dropIndex(FORMER_INDEX);
        }
    }

    /** The entry whose names an event's summary may need: its case's first (IncidentLogged). */
    private static Stream<String> loggedEntryIdOf(Object payload) {
        return payload instanceof IncidentEvent e && !(payload instanceof IncidentLogged)
                ? Stream.of(ChronologyDocument.idOf(e.incidentId().value(), 0)) : Stream.empty();
    }

    /**
     * Dropped, not emptied: the embedded server removes documents one by one, maintaining every index (measured: a
     * quarter of its time in a rebuild); a dropped collection costs nothing to empty, and its indexes are made again.
     */
    @ResetHandler
    public void reset() {
        mongo.dropCollection(ChronologyDocument.COLLECTION);
        createIndexes();
    }

    /** Every event of the case, whatever its type, is one line of the chronology. */
    @EventHandler
    public void on(IncidentEvent event, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String incidentId = event.incidentId().value();
        List<NamedPerson> people = event instanceof IncidentLogged logged && logged.people() != null
                ? logged.people().stream().map(p -> new NamedPerson(p.personId().value(), p.name())).toList()
                : null;
        String summary = ChronologySentences.of(event, personId -> nameOf(incidentId, personId, people));
        write(new ChronologyDocument(ChronologyDocument.idOf(incidentId, seq), incidentId, seq, at,
                ChronologySentences.typeOf(event), actor, summary, people,
                event instanceof IncidentImported imported && imported.received() != null
                        ? imported.received().lines() : null));
        if (event instanceof PersonAddedToCase added) {
            name(incidentId, added.person());
        } else if (event instanceof PersonCorrected corrected) {
            name(incidentId, corrected.after());
        }
    }

    /**
     * The case's data key was destroyed (decision 0051): every line of its chronology is written again from its own
     * events, which now read back with the erasure marker where names and words stood, as a rebuild writes them; then
     * the erasure's own line.
     */
    @EventHandler
    public void onErased(IncidentContentDestroyed event, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        String incidentId = event.incidentId().value();
        if (entries.find(ChronologyDocument.idOf(incidentId, seq)) != null) {
            return; // redelivered
        }
        replay.replay(incidentId, seq, first -> on((IncidentEvent) first.getPayload(), 0, first.getTimestamp(),
                (String) first.getMetaData().get(Meta.ACTOR)));
        on((IncidentEvent) event, seq, at, actor);
    }

    /** A line is written once; when a case is written again after its erasure, each line is replaced. */
    private void write(ChronologyDocument entry) {
        if (StreamReplay.replaying()) {
            entries.store(entry);
        } else {
            entries.create(entry);
        }
    }

    /**
     * The names later entries give people by are the logged entry's: a person added to the case joins them, and a
     * corrected name replaces the old one from then on (what was written before keeps the name it was written with).
     */
    private void name(String incidentId, Person person) {
        ChronologyDocument logged = entries.find(ChronologyDocument.idOf(incidentId, 0));
        if (logged == null) {
            return;
        }
        List<NamedPerson> named = new ArrayList<>(logged.people() == null ? List.of() : logged.people());
        named.removeIf(p -> p.personId().equals(person.personId().value()));
        named.add(new NamedPerson(person.personId().value(), person.name()));
        entries.store(new ChronologyDocument(logged.id(), logged.incidentId(), logged.sequence(), logged.at(),
                logged.type(), logged.actor(), logged.summary(), named));
    }

    /**
     * A missed deadline is a business fact a DSL reads in the case's story; the deadline being set or met is
     * bookkeeping (the board shows it), so those are left out.
     */
    @EventHandler
    public void on(DeadlineMissed event, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        if (event.caseType() != CaseType.INCIDENT) {
            return;
        }
        write(new ChronologyDocument(ChronologyDocument.idOf(event.caseId(), seq), event.caseId(), seq, at,
                DEADLINE_MISSED, actor, DeadlineWords.missed(event.kind(), event.dueAt()), null));
    }

    /**
     * A deadline settled without being met (a case closed while a warning or a referral still awaited an answer,
     * decision 0044) is in the case's story too, with its reason: it was not missed. Other cancellations, and those
     * stored before that decision, leave no line, as they did (a rebuild gives what a release before left).
     */
    @EventHandler
    public void on(DeadlineCancelled event, @SequenceNumber long seq, @Timestamp Instant at,
                   @MetaDataValue(Meta.ACTOR) String actor) {
        if (event.caseType() != CaseType.INCIDENT || !event.settledByClosing()) {
            return;
        }
        write(new ChronologyDocument(ChronologyDocument.idOf(event.caseId(), seq), event.caseId(), seq, at,
                DEADLINE_SETTLED, actor, DeadlineWords.settled(event.kind(), event.reason()), null));
    }

    /**
     * A case's entries are {@code id/0} to {@code id/n}, n its last sequence (the case document's version, which
     * counts every event of the case, deadline events included): they are read by {@code _id}, an index lookup on
     * every store. A query on {@code incidentId} reads the same entries on MongoDB, but the embedded server scans
     * every entry of every case for it (seconds per case page at 100,000 cases).
     */
    @QueryHandler
    public List<ChronologyEntry> handle(FindIncidentChronology query) {
        String incidentId = query.incidentId().value();
        Query version = Query.query(where("_id").is(incidentId));
        version.fields().include("lastSequence");
        IncidentDocument incident = mongo.findOne(version, IncidentDocument.class);
        Query byCase = incident == null
                ? Query.query(where("incidentId").is(incidentId)) // not projected yet: its entries, if any
                : Query.query(where("_id").in(LongStream.rangeClosed(0, incident.lastSequence)
                        .mapToObj(seq -> ChronologyDocument.idOf(incidentId, seq)).toList()));
        return entries(mongo.find(byCase.with(Sort.by(Sort.Order.asc("sequence"))), ChronologyDocument.class));
    }

    /**
     * A case's entries, in sequence, as lines: those of a received case's chronology where it was sent from first
     * (decision 0057), as they were sent, then the case's own.
     */
    static List<ChronologyEntry> entries(List<ChronologyDocument> inSequence) {
        List<ChronologyEntry> lines = new ArrayList<>();
        for (ChronologyDocument d : inSequence) {
            if (d.received() != null) {
                // a line sent without its time (no Tidemark sends one) is placed when the case arrived
                d.received().forEach(l -> lines.add(new ChronologyEntry(l.at() != null ? l.at() : d.at(), l.type(),
                        null, l.what(), l.sequence(), true, l.by())));
            }
        }
        inSequence.forEach(d -> lines.add(new ChronologyEntry(d.at(), d.type(), d.actor(), d.summary(),
                d.sequence())));
        return lines;
    }

    /** People are named only when a case is logged, so that entry is where their names are kept. */
    private String nameOf(String incidentId, String personId, List<NamedPerson> justLogged) {
        List<NamedPerson> people = justLogged;
        if (people == null) {
            // IncidentLogged is always a case's first event (sequence 0): fetch that entry by its id, which
            // every MongoDB-compatible server answers from the _id index rather than a collection scan (once per
            // batch: later events of the batch, and an entry written earlier in it, are answered from memory)
            ChronologyDocument logged = entries.find(ChronologyDocument.idOf(incidentId, 0));
            people = logged == null || logged.people() == null ? List.of() : logged.people();
        }
        return people.stream().filter(p -> p.personId().equals(personId)).map(NamedPerson::name)
                .findFirst().orElse("person " + personId);
    }
}
