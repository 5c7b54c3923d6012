package uk.tidemark.query.incident;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.incident.query.FindPeople;
import uk.tidemark.kernel.incident.query.PersonMatch;
import uk.tidemark.kernel.person.FindOnRoster;
import uk.tidemark.kernel.person.RosterMatch;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * People by name, for a safeguarding lead: those named on the cases they may see and those on their settings'
 * rosters, one line per person (a roster person named on cases is one person: the cases use the roster's id).
 * The name is matched by a pattern that allows each letter's accented forms in either case ({@link NamePattern}: no
 * extra field stored, the same query on MongoDB and the embedded server); each person's cases are then counted among
 * those the caller may see, every case read in one {@code _id $in} query.
 */
@Component
public class PersonSearch {

    private final MongoTemplate mongo;
    private final RosterProjection rosters;

    public PersonSearch(MongoTemplate mongo, RosterProjection rosters) {
        this.mongo = mongo;
        this.rosters = rosters;
    }

    @QueryHandler
    public List<PersonMatch> handle(FindPeople query) {
        String text = query.text() == null ? "" : query.text().strip();
        if (text.isEmpty()) {
            return List.of();
        }
        int limit = Math.max(1, Math.min(query.limit(), FindPeople.MAX_LIMIT));
        Map<String, RosterMatch> onRoster = new LinkedHashMap<>();
        if (query.visibleSettingIds() == null || !query.visibleSettingIds().isEmpty()) {
            rosters.handle(new FindOnRoster(text, query.visibleSettingIds(), true, FindOnRoster.MAX_LIMIT))
                    .forEach(m -> onRoster.put(m.personId(), m));
        }
        Criteria named = where("name").regex(NamePattern.containing(text));
        Query people = Query.query(onRoster.isEmpty() ? named
                : new Criteria().orOperator(named, where("_id").in(onRoster.keySet())));
        List<PersonDocument> docs = mongo.find(people, PersonDocument.class).stream()
                .filter(doc -> doc.mergedInto == null) // its cases are the survivor's, found under the survivor's name
                .toList();
        Map<String, IncidentDocument> incidents = incidentsOf(docs, query.hiddenIncidentIds());
        Map<String, PersonMatch> found = new HashMap<>();
        for (PersonDocument doc : docs) {
            int cases = 0;
            Instant last = null;
            for (String incidentId : new LinkedHashSet<>(doc.liveCases().map(PersonDocument.OnCase::incidentId)
                    .toList())) {
                IncidentDocument incident = incidents.get(incidentId);
                if (incident == null || query.visibleSettingIds() != null
                        && !query.visibleSettingIds().contains(incident.settingId)) {
                    continue;
                }
                cases++;
                if (last == null || incident.loggedAt != null && incident.loggedAt.isAfter(last)) {
                    last = incident.loggedAt;
                }
            }
            RosterMatch listed = onRoster.get(doc.id);
            if (cases > 0 || listed != null) {
                found.put(doc.id, listed == null ? new PersonMatch(doc.id, doc.name, cases, last, null, null)
                        : new PersonMatch(doc.id, listed.name(), cases, last, listed.group(), listed.left()));
            }
        }
        onRoster.values().forEach(listed -> found.putIfAbsent(listed.personId(), new PersonMatch(listed.personId(),
                listed.name(), 0, null, listed.group(), listed.left())));
        return found.values().stream()
                .sorted(Comparator.comparing(PersonMatch::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(PersonMatch::personId))
                .limit(limit).toList();
    }

    /** The cases these people are named on, but those hidden from the caller: their setting and when logged. */
    private Map<String, IncidentDocument> incidentsOf(Collection<PersonDocument> docs, Set<String> hidden) {
        Set<String> ids = new LinkedHashSet<>();
        docs.forEach(doc -> doc.liveCases().forEach(on -> ids.add(on.incidentId())));
        if (hidden != null) {
            ids.removeAll(hidden);
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        Query byId = Query.query(where("_id").in(ids));
        byId.fields().include("settingId", "loggedAt");
        Map<String, IncidentDocument> found = new HashMap<>();
        mongo.find(byId, IncidentDocument.class).forEach(doc -> found.put(doc.id, doc));
        return found;
    }
}
