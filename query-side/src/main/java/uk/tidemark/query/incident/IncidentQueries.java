package uk.tidemark.query.incident;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.incident.query.*;
import uk.tidemark.query.disciplinary.EmployeeAccounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Answers the case list and the case page from the documents {@link IncidentProjection} keeps. */
@Component
public class IncidentQueries {
    static final int MAX_PAGE_SIZE = FindIncidents.MAX_PAGE_SIZE;

    private final MongoTemplate mongo;
    private final EmployeeAccounts employees;
    private final IncidentListIndex index;

    public IncidentQueries(MongoTemplate mongo, EmployeeAccounts employees, IncidentListIndex index) {
        this.mongo = mongo;
        this.employees = employees;
        this.index = index;
    }

    @QueryHandler
    public IncidentPage handle(FindIncidents query) {
        IncidentFilter filter = query.filter() == null ? IncidentFilter.none() : query.filter();
        int page = Math.max(0, query.page());
        int size = Math.min(MAX_PAGE_SIZE, Math.max(1, query.size()));
        if (filter.visibleSettingIds() != null && filter.visibleSettingIds().isEmpty()) {
            return new IncidentPage(List.of(), page, size, 0); // a caller who may see no setting sees nothing
        }
        Optional<IncidentListIndex.Page> indexed = index.page(filter, page, size);
        if (indexed.isPresent()) {
            return new IncidentPage(byId(indexed.get().ids()), page, size, indexed.get().total());
        }
        Query criteria = filterQuery(filter);
        long total = mongo.count(criteria, IncidentDocument.class);
        Query paged = Query.of(criteria)
                .with(Sort.by(Sort.Order.desc("loggedAt"), Sort.Order.asc("id")))
                .skip((long) page * size)
                .limit(size);
        List<IncidentSummary> items = mongo.find(paged, IncidentDocument.class).stream()
                .map(IncidentViews::summary).toList();
        return new IncidentPage(items, page, size, total);
    }

    /**
     * The documents of the ids, in the ids' order, read by {@code _id} (an index lookup on every store). A case the
     * index lists but the store no longer has (removed by a reset since) is left out.
     */
    private List<IncidentSummary> byId(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, IncidentDocument> found = new HashMap<>();
        mongo.find(Query.query(where("_id").in(ids)), IncidentDocument.class).forEach(d -> found.put(d.id, d));
        return ids.stream().map(found::get).filter(Objects::nonNull).map(IncidentViews::summary).toList();
    }

    @QueryHandler
    public IncidentDetail handle(FindIncident query) {
        IncidentDocument doc = mongo.findById(query.incidentId().value(), IncidentDocument.class);
        return doc == null ? null : IncidentViews.detail(doc);
    }

    /**
     * The subjects of a case: of the incident itself when {@code caseId} is one (an index lookup), otherwise of the
     * incident the disciplinary case or complaint was opened from, and the employee a disciplinary case names.
     */
    @QueryHandler
    public ConflictedUsers handle(FindConflictedUsers query) {
        if (query.caseId() == null || query.caseId().isBlank()) {
            return new ConflictedUsers(Set.of());
        }
        // by _id (an index lookup everywhere), and only the one field: this is asked before every action
        Query byId = Query.query(where("_id").is(query.caseId()));
        byId.fields().include("subjectUsernames");
        IncidentDocument incident = mongo.findOne(byId, IncidentDocument.class);
        Query openedFrom = Query.query(new Criteria().orOperator(where("disciplinaryCaseIds").is(query.caseId()),
                where("complaintIds").is(query.caseId())));
        openedFrom.fields().include("subjectUsernames");
        List<IncidentDocument> sources = incident != null ? List.of(incident)
                : mongo.find(openedFrom, IncidentDocument.class);
        Set<String> usernames = new TreeSet<>();
        sources.forEach(doc -> usernames.addAll(subjects(doc)));
        if (incident == null) {
            employees.employeeOf(query.caseId()).ifPresent(usernames::add);
        }
        return new ConflictedUsers(usernames);
    }

    /** The incidents naming the user as a subject, every case opened from them, and the HR cases about them. */
    @QueryHandler
    public ConflictedCases handle(FindConflictedCases query) {
        if (query.username() == null || query.username().isBlank()) {
            return ConflictedCases.none();
        }
        // from the index when there is one: the store would scan every case for this array field
        Query subjectOf = index.subjectOf(query.username())
                .map(ids -> Query.query(where("_id").in(ids)))
                .orElseGet(() -> Query.query(where("subjectUsernames").is(query.username())));
        subjectOf.fields().include("_id", "disciplinaryCaseIds", "complaintIds");
        Set<String> incidents = new TreeSet<>();
        Set<String> linked = new TreeSet<>();
        for (IncidentDocument doc : mongo.find(subjectOf, IncidentDocument.class)) {
            incidents.add(doc.id);
            if (doc.disciplinaryCaseIds != null) linked.addAll(doc.disciplinaryCaseIds);
            if (doc.complaintIds != null) linked.addAll(doc.complaintIds);
        }
        linked.addAll(employees.casesAbout(query.username()));
        return new ConflictedCases(incidents, linked);
    }

    private static List<String> subjects(IncidentDocument doc) {
        return doc.subjectUsernames == null ? List.of() : doc.subjectUsernames;
    }

    /**
     * The reference, in any case (stored in capitals), or every word in the case's words: a quoted {@code $regex} per
     * word on the normalised field (decision 0038), which the embedded server and MongoDB both run.
     */
    private static Criteria searched(String text) {
        Criteria byReference = where("reference").is(text.strip().toUpperCase(Locale.ROOT));
        List<String> words = SearchText.words(text);
        if (words.isEmpty()) {
            return byReference;
        }
        Criteria byWords = new Criteria().andOperator(words.stream()
                .map(word -> where("searchText").regex(Pattern.quote(word))).toArray(Criteria[]::new));
        return new Criteria().orOperator(byReference, byWords);
    }

    private static Query filterQuery(IncidentFilter f) {
        List<Criteria> all = conditions(f);
        return all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
    }

    /**
     * Every non-null field is one more condition; $and because settingId may be both filtered and scoped. Shared
     * with {@link IncidentCountQueries}, so that the dashboard counts exactly the cases the list shows.
     */
    static List<Criteria> conditions(IncidentFilter f) {
        List<Criteria> all = new ArrayList<>();
        if (f.status() != null) all.add(where("status").is(f.status()));
        if (f.stage() != null) all.add(where("stage").is(f.stage()));
        if (f.severity() != null) all.add(where("severity").is(f.severity()));
        if (f.category() != null) all.add(where("category").is(f.category()));
        if (f.settingId() != null) all.add(where("settingId").is(f.settingId()));
        if (f.ownerId() != null) all.add(where("ownerId").is(f.ownerId()));
        if (f.visibleSettingIds() != null) all.add(where("settingId").in(f.visibleSettingIds()));
        if (f.reportedBy() != null) all.add(where("reportedBy").is(f.reportedBy()));
        // $ne on an array field: no element equals it (a missing field matches too, as in documents from before links)
        if (f.excludingSubject() != null) all.add(where("subjectUsernames").ne(f.excludingSubject()));
        if (f.text() != null) all.add(searched(f.text()));
        return all;
    }
}
