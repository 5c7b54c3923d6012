package uk.tidemark.query.incident;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.person.FindOnRoster;
import uk.tidemark.kernel.person.FindRosterPeople;
import uk.tidemark.kernel.person.FindRosterSummary;
import uk.tidemark.kernel.person.FindWhetherRostered;
import uk.tidemark.kernel.person.PersonJoinedRoster;
import uk.tidemark.kernel.person.PersonLeftRoster;
import uk.tidemark.kernel.person.RosterMatch;
import uk.tidemark.kernel.person.RosterPersonChanged;
import uk.tidemark.kernel.person.RosterSummary;
import uk.tidemark.query.support.BatchedDocuments;

import java.util.List;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The settings' rosters (their MIS lists of pupils and staff), found by name for the report form and the people
 * search. Part of the incident read models (same processing group, rebuilt with them). Each event sets a person's
 * entry as the roster now has it, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(IncidentProjection.PROCESSING_GROUP)
public class RosterProjection {

    private final MongoTemplate mongo;
    private final BatchedDocuments<RosterDocument> roster;

    public RosterProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.roster = new BatchedDocuments<>(mongo, RosterDocument.class, RosterDocument.COLLECTION, d -> d.id)
                .prefetching(RosterProjection::peopleIn);
    }

    private static Stream<String> peopleIn(Object payload) {
        if (payload instanceof PersonJoinedRoster joined) {
            return Stream.of(joined.personId().value());
        }
        if (payload instanceof RosterPersonChanged changed) {
            return Stream.of(changed.personId().value());
        }
        if (payload instanceof PersonLeftRoster left) {
            return Stream.of(left.personId().value());
        }
        return Stream.empty();
    }

    @EventHandler
    public void on(PersonJoinedRoster event) {
        RosterDocument doc = roster.find(event.personId().value());
        boolean created = doc == null;
        if (created) {
            doc = new RosterDocument();
            doc.id = event.personId().value();
        }
        doc.settingId = event.rosterId().settingId();
        doc.misId = event.misId();
        doc.name = event.name();
        doc.role = event.role();
        doc.group = event.group();
        doc.left = false;
        if (created) {
            roster.create(doc);
        } else {
            roster.store(doc);
        }
    }

    @EventHandler
    public void on(RosterPersonChanged event) {
        RosterDocument doc = roster.find(event.personId().value());
        if (doc == null) {
            return; // never joined: not an event a roster records
        }
        doc.name = event.name();
        doc.role = event.role();
        doc.group = event.group();
        roster.store(doc);
    }

    @EventHandler
    public void on(PersonLeftRoster event) {
        RosterDocument doc = roster.find(event.personId().value());
        if (doc == null || doc.left) {
            return;
        }
        doc.left = true;
        roster.store(doc);
    }

    /** Dropped, not emptied, as the other incident read models (see {@link PersonProjection#reset()}). */
    @ResetHandler
    public void reset() {
        mongo.dropCollection(RosterDocument.COLLECTION);
    }

    /**
     * People on the settings' rosters by name: a pattern that allows each letter's accented forms in either case,
     * as the people search's ({@link NamePattern}).
     */
    @QueryHandler
    public List<RosterMatch> handle(FindOnRoster query) {
        String text = query.text() == null ? "" : query.text().strip();
        if (text.isEmpty() || query.settingIds() != null && query.settingIds().isEmpty()) {
            return List.of();
        }
        Criteria criteria = where("name").regex(NamePattern.containing(text));
        if (query.settingIds() != null) { // null: every setting's (the query side's own callers only)
            criteria = criteria.and("settingId").in(query.settingIds());
        }
        if (!query.withLeavers()) {
            criteria = criteria.and("left").is(false);
        }
        int limit = Math.max(1, Math.min(query.limit(), FindOnRoster.MAX_LIMIT));
        Query byName = Query.query(criteria).with(Sort.by("name", "group")).limit(limit);
        return mongo.find(byName, RosterDocument.class).stream().map(RosterProjection::match).toList();
    }

    @QueryHandler
    public Boolean handle(FindWhetherRostered query) {
        return query.settingIds() != null && !query.settingIds().isEmpty()
                && mongo.exists(Query.query(where("settingId").in(query.settingIds())), RosterDocument.class);
    }

    /** The roster's people by role now, and those who have left. */
    @QueryHandler
    public RosterSummary handle(FindRosterSummary query) {
        Query onRoster = Query.query(where("settingId").is(query.settingId()));
        onRoster.fields().include("role", "left");
        int pupils = 0;
        int staff = 0;
        int others = 0;
        int left = 0;
        for (RosterDocument doc : mongo.find(onRoster, RosterDocument.class)) {
            if (doc.left) {
                left++;
            } else if (doc.role == PersonRole.PUPIL) {
                pupils++;
            } else if (doc.role == PersonRole.STAFF) {
                staff++;
            } else {
                others++;
            }
        }
        return new RosterSummary(query.settingId(), pupils, staff, others, left);
    }

    @QueryHandler
    public List<RosterMatch> handle(FindRosterPeople query) {
        java.util.Set<String> personIds = query.personIds();
        if (personIds == null || personIds.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(where("_id").in(personIds)), RosterDocument.class).stream()
                .map(RosterProjection::match).toList();
    }

    private static RosterMatch match(RosterDocument doc) {
        return new RosterMatch(doc.id, doc.settingId, doc.name, doc.role, doc.group, doc.left);
    }
}
