package uk.tidemark.query.incident;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.bson.Document;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.person.PersonMerged;
import uk.tidemark.kernel.incident.event.IncidentLogged;
import uk.tidemark.kernel.incident.event.PersonAddedToCase;
import uk.tidemark.kernel.incident.event.PersonCorrected;
import uk.tidemark.kernel.incident.query.ChronologyEntry;
import uk.tidemark.kernel.incident.query.FindIncidentChronology;
import uk.tidemark.kernel.incident.query.FindPersonChronology;
import uk.tidemark.kernel.incident.query.PersonChronology;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.query.support.BatchedDocuments;
import uk.tidemark.query.support.StreamReplay;
import uk.tidemark.kernel.incident.event.IncidentContentDestroyed;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The people named on cases, and a person's chronology across them. Part of the incident read models (same
 * processing group, rebuilt with them). A case names its people when it is logged; listing the case under the
 * person is idempotent (a case is listed once, whatever the redeliveries).
 */
@Component
@ProcessingGroup(IncidentProjection.PROCESSING_GROUP)
public class PersonProjection {

    private final MongoTemplate mongo;
    private final ChronologyProjection chronologies;
    /** Read once and written once per batch (docs/decisions/0022-batched-projection-writes.md). */
    private final BatchedDocuments<PersonDocument> people;
    /** Cases' own events, read again when a case's key is destroyed (decision 0051). */
    private java.util.function.Supplier<EventStore> events = () -> null;

    public PersonProjection(MongoTemplate mongo, ChronologyProjection chronologies) {
        this.mongo = mongo;
        this.chronologies = chronologies;
        this.people = new BatchedDocuments<>(mongo, PersonDocument.class, PersonDocument.COLLECTION, d -> d.id)
                .mergedBy(PersonProjection::merged)
                .prefetching(PersonProjection::peopleIn);
    }

    private static Stream<String> peopleIn(Object payload) {
        if (payload instanceof IncidentLogged logged && logged.people() != null) {
            return logged.people().stream().filter(p -> p.personId() != null).map(p -> p.personId().value());
        }
        if (payload instanceof PersonAddedToCase added) {
            return Stream.of(added.person().personId().value());
        }
        if (payload instanceof PersonCorrected corrected) {
            return Stream.of(corrected.after().personId().value());
        }
        return Stream.empty();
    }

    /**
     * A person is named on cases of any segment, each batch reading them on its own thread: written as a merge
     * (the cases added to the set, stored form as written), so that two batches adding different cases keep both.
     */
    private static Update merged(Document stored) {
        List<?> cases = stored.get("cases", List.class);
        Update update = new Update().set("_class", stored.get("_class")).set("name", stored.get("name"))
                .addToSet("cases").each(cases.toArray());
        List<?> erased = stored.get("erasedCases", List.class);
        if (erased != null && !erased.isEmpty()) { // an erasure is never undone: only ever added
            update.addToSet("erasedCases").each(erased.toArray());
        }
        if (stored.get("mergedInto") != null) { // a merge is never undone: only ever set
            update.set("mergedInto", stored.get("mergedInto"));
        }
        return update;
    }

    @Autowired(required = false)
    public void readingFrom(ObjectProvider<EventStore> store) {
        this.events = store::getIfAvailable;
    }

    /** Hops followed from a merged record to the one that holds its cases. */
    private static final int MERGE_HOPS = 8;

    /**
     * Two records of one person joined: the merged record points at the survivor, and the survivor holds the cases of
     * both, so its chronology shows every case of both and the merged id answers with it.
     */
    @EventHandler
    public void on(PersonMerged event) {
        PersonDocument merged = people.find(event.personId().value());
        PersonDocument survivor = survivorOf(people.find(event.intoPersonId().value()));
        if (survivor == null && merged != null) { // a person on a roster no case named yet: their record starts here
            survivor = new PersonDocument();
            survivor.id = event.intoPersonId().value();
            RosterDocument listed = mongo.findById(survivor.id, RosterDocument.class);
            survivor.name = listed != null ? listed.name : merged.name;
            people.create(survivor);
            survivor = people.find(survivor.id);
        }
        if (merged == null || survivor == null || merged.id.equals(survivor.id)) {
            return;
        }
        merged.mergedInto = survivor.id;
        people.store(merged);
        boolean added = false;
        for (PersonDocument.OnCase on : merged.cases) {
            if (!survivor.cases.contains(on)) {
                survivor.cases.add(on);
                added = true;
            }
        }
        if (added) {
            people.store(survivor);
        }
    }

    /** The record that holds a person's cases: this one, or the one it was merged into. */
    private PersonDocument survivorOf(PersonDocument doc) {
        PersonDocument current = doc;
        for (int hop = 0; current != null && current.mergedInto != null && hop < MERGE_HOPS; hop++) {
            current = people.find(current.mergedInto);
        }
        return current;
    }

    /**
     * Dropped, not emptied: the embedded server removes documents one by one, maintaining every index (measured: a
     * quarter of its time in a rebuild); a dropped collection costs nothing to empty.
     */
    @ResetHandler
    public void reset() {
        mongo.dropCollection(PersonDocument.COLLECTION);
    }

    @EventHandler
    public void on(IncidentLogged event) {
        if (event.people() == null) {
            return;
        }
        String incidentId = event.incidentId().value();
        // every person's change is made on a copy first and stored only when all are made: an event that fails
        // leaves none of its people changed in the batch
        Map<String, PersonDocument> changed = new LinkedHashMap<>();
        Set<String> created = new HashSet<>();
        for (Person person : event.people()) {
            if (person.personId() == null) {
                continue;
            }
            String personId = person.personId().value();
            PersonDocument doc = changed.containsKey(personId) ? changed.get(personId) : people.find(personId);
            if (doc != null && doc.mergedInto != null) { // named by a merged record's id: the survivor holds it
                doc = survivorOf(doc);
                personId = doc.id;
                doc = changed.getOrDefault(personId, doc);
            }
            if (doc == null) {
                doc = new PersonDocument();
                doc.id = personId;
                created.add(personId);
            }
            if (doc.cases.stream().anyMatch(c -> c.incidentId().equals(incidentId))) {
                continue; // redelivered
            }
            doc.name = person.name();
            doc.cases.add(new PersonDocument.OnCase(incidentId, event.settingId(), person.role(), person.involvement()));
            changed.put(personId, doc);
        }
        changed.forEach((personId, doc) -> {
            if (created.contains(personId)) {
                people.create(doc);
            } else {
                people.store(doc);
            }
        });
    }

    /**
     * A person the report left out, now on the case: listed under the case like those it was logged with. The
     * case's setting is read from the case when asked (the event does not carry it).
     */
    @EventHandler
    public void on(PersonAddedToCase event) {
        onCase(event.incidentId().value(), event.person());
    }

    /** A correction: the person's name, and their role and involvement on this case, as corrected. */
    @EventHandler
    public void on(PersonCorrected event) {
        onCase(event.incidentId().value(), event.after());
    }

    private void onCase(String incidentId, Person person) {
        String personId = person.personId().value();
        PersonDocument doc = survivorOf(people.find(personId));
        boolean created = doc == null;
        if (created) {
            doc = new PersonDocument();
            doc.id = personId;
        }
        if (!doc.id.equals(personId)) {
            person = new Person(PersonId.of(doc.id), doc.name, person.role(), person.involvement(), person.username());
        }
        PersonDocument.OnCase on = new PersonDocument.OnCase(incidentId, null, person.role(), person.involvement());
        if (doc.cases.contains(on) && java.util.Objects.equals(person.name(), doc.name)) {
            return; // redelivered
        }
        doc.name = person.name();
        doc.cases.add(on); // the last entry of a case is the one that holds (the merge only ever adds)
        if (created) {
            people.create(doc);
        } else {
            people.store(doc);
        }
    }

    @QueryHandler
    public Optional<PersonChronology> handle(FindPersonChronology query) {
        PersonDocument doc = mongo.findById(query.personId().value(), PersonDocument.class);
        for (int hop = 0; doc != null && doc.mergedInto != null && hop < MERGE_HOPS; hop++) {
            doc = mongo.findById(doc.mergedInto, PersonDocument.class); // a merged id answers with the survivor
        }
        if (doc == null) {
            return Optional.empty();
        }
        List<PersonChronology.PersonCase> cases = new ArrayList<>();
        List<PersonChronology.Entry> entries = new ArrayList<>();
        // a case once, as its last entry says (a correction adds one: the merge of concurrent batches only adds)
        Map<String, PersonDocument.OnCase> byCase = new LinkedHashMap<>();
        doc.liveCases().forEach(on -> byCase.put(on.incidentId(), on));
        for (PersonDocument.OnCase on : byCase.values()) {
            IncidentDocument incident = mongo.findById(on.incidentId(), IncidentDocument.class);
            if (incident == null) {
                continue; // the case page has not caught up yet
            }
            if (query.visibleSettingIds() != null && !query.visibleSettingIds().contains(incident.settingId)) {
                continue;
            }
            cases.add(new PersonChronology.PersonCase(on.incidentId(), incident.reference, incident.settingId,
                    on.role(), on.involvement(), incident.category, incident.status, incident.loggedAt));
            for (ChronologyEntry e : chronologies.handle(new FindIncidentChronology(IncidentId.of(on.incidentId())))) {
                entries.add(new PersonChronology.Entry(on.incidentId(), e.at(), e.type(), e.actor(), e.summary(),
                        e.sequence(), e.actorName()));
            }
        }
        if (cases.isEmpty()) {
            return Optional.empty(); // named only on cases the caller may not see: as unknown as an unknown id
        }
        cases.sort(Comparator.comparing(PersonChronology.PersonCase::loggedAt));
        entries.sort(Comparator.comparing(PersonChronology.Entry::at).thenComparing(PersonChronology.Entry::incidentId)
                .thenComparing(PersonChronology.Entry::sequence));
        return Optional.of(new PersonChronology(doc.id, doc.name, cases, entries));
    }

    /**
     * A case's data key was destroyed (decision 0051): the people it named keep their other cases, never show this
     * one again, and are named as their roster or their other cases name them, or else by the erasure marker now
     * read back in the case's own events. A rebuild, which reads the case's names as the marker, comes to the same.
     */
    @EventHandler
    public void on(IncidentContentDestroyed event) {
        String incidentId = event.incidentId().value();
        Map<String, String> named = new LinkedHashMap<>();
        namesIn(incidentId, Long.MAX_VALUE, (personId, name) -> named.put(personId, name));
        for (Map.Entry<String, String> person : named.entrySet()) {
            PersonDocument doc = survivorOf(people.find(person.getKey()));
            if (doc == null) {
                continue;
            }
            if (doc.erasedCases == null) {
                doc.erasedCases = new ArrayList<>();
            }
            if (!doc.erasedCases.contains(incidentId)) {
                doc.erasedCases.add(incidentId);
            }
            doc.name = nameBesides(doc).orElse(person.getValue());
            people.store(doc);
        }
    }

    /** The person's name on the roster, else as the latest of their cases not erased names them. */
    private Optional<String> nameBesides(PersonDocument doc) {
        RosterDocument listed = mongo.findById(doc.id, RosterDocument.class);
        if (listed != null && listed.name != null) {
            return Optional.of(listed.name);
        }
        String[] latest = {null};
        doc.liveCases().map(PersonDocument.OnCase::incidentId).distinct().forEach(caseId ->
                namesIn(caseId, Long.MAX_VALUE, (personId, name) -> {
                    if (personId.equals(doc.id) || doc.id.equals(survivorOf(people.find(personId)).id)) {
                        latest[0] = name;
                    }
                }));
        return Optional.ofNullable(latest[0]);
    }

    /** Every naming of a person in a case's events, in order: who, and by what name. */
    private void namesIn(String incidentId, long before, java.util.function.BiConsumer<String, String> naming) {
        EventStore store = events.get();
        if (store == null) {
            throw new IllegalStateException("no event store to read the case's events from");
        }
        store.readEvents(incidentId).asStream().map(DomainEventMessage::getPayload).forEach(payload -> {
            List<Person> persons = payload instanceof IncidentLogged logged && logged.people() != null
                    ? logged.people()
                    : payload instanceof PersonAddedToCase added ? List.of(added.person())
                    : payload instanceof PersonCorrected corrected ? List.of(corrected.after()) : List.of();
            persons.stream().filter(p -> p != null && p.personId() != null)
                    .forEach(p -> naming.accept(p.personId().value(), p.name()));
        });
    }
}
