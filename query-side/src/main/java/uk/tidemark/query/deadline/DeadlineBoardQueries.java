package uk.tidemark.query.deadline;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.deadline.query.DeadlineView;
import uk.tidemark.kernel.deadline.query.FindDeadlines;

import java.util.ArrayList;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Answers the deadline board from the documents {@link DeadlineBoardProjection} keeps. Any filter but the id reads
 * the whole collection on the embedded store; the board holds a few deadlines per case, and met ones could be
 * archived if it ever grows too large to scan.
 */
@Component
public class DeadlineBoardQueries {

    private final MongoTemplate mongo;

    public DeadlineBoardQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Soonest due first; a caller who may see no setting sees nothing. */
    @QueryHandler
    public List<DeadlineView> handle(FindDeadlines query) {
        if (query.visibleSettingIds() != null && query.visibleSettingIds().isEmpty()) {
            return List.of();
        }
        List<Criteria> all = new ArrayList<>();
        if (query.visibleSettingIds() != null) all.add(where("settingId").in(query.visibleSettingIds()));
        if (query.status() != null) all.add(where("status").is(query.status()));
        if (query.kind() != null) all.add(where("kind").is(query.kind()));
        if (query.caseId() != null) all.add(where("caseId").is(query.caseId()));
        if (query.ownerId() != null) all.add(where("ownerId").is(query.ownerId()));
        if (query.excludedCaseIds() != null && !query.excludedCaseIds().isEmpty()) {
            all.add(where("caseId").nin(query.excludedCaseIds()));
        }
        Query q = (all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all)))
                .with(Sort.by(Sort.Order.asc("dueAt"), Sort.Order.asc("_id")));
        return mongo.find(q, DeadlineDocument.class).stream()
                .map(d -> new DeadlineView(d.id, d.kind, d.caseType, d.caseId, d.caseReference, d.settingId, d.dueAt,
                        d.status, d.ownerId, d.metAt, d.missedAt, d.caseSummary))
                .toList();
    }
}
