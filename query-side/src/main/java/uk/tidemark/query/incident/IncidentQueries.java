package uk.tidemark.query.incident;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.incident.query.*;

import java.util.ArrayList;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Answers the case list and the case page from the documents {@link IncidentProjection} keeps. */
@Component
public class IncidentQueries {
    static final int MAX_PAGE_SIZE = FindIncidents.MAX_PAGE_SIZE;

    private final MongoTemplate mongo;

    public IncidentQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    public IncidentPage handle(FindIncidents query) {
        IncidentFilter filter = query.filter() == null ? IncidentFilter.none() : query.filter();
        int page = Math.max(0, query.page());
        int size = Math.min(MAX_PAGE_SIZE, Math.max(1, query.size()));
        if (filter.visibleSettingIds() != null && filter.visibleSettingIds().isEmpty()) {
            return new IncidentPage(List.of(), page, size, 0); // a caller who may see no setting sees nothing
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

    @QueryHandler
    public IncidentDetail handle(FindIncident query) {
        IncidentDocument doc = mongo.findById(query.incidentId().value(), IncidentDocument.class);
        return doc == null ? null : IncidentViews.detail(doc);
    }

    /** Every non-null field is one more condition; $and because settingId may be both filtered and scoped. */
    private static Query filterQuery(IncidentFilter f) {
        List<Criteria> all = new ArrayList<>();
        if (f.status() != null) all.add(where("status").is(f.status()));
        if (f.stage() != null) all.add(where("stage").is(f.stage()));
        if (f.severity() != null) all.add(where("severity").is(f.severity()));
        if (f.category() != null) all.add(where("category").is(f.category()));
        if (f.settingId() != null) all.add(where("settingId").is(f.settingId()));
        if (f.ownerId() != null) all.add(where("ownerId").is(f.ownerId()));
        if (f.visibleSettingIds() != null) all.add(where("settingId").in(f.visibleSettingIds()));
        if (f.reportedBy() != null) all.add(where("reportedBy").is(f.reportedBy()));
        return all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
    }
}
