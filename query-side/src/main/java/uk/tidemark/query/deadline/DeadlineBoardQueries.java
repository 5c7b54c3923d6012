package uk.tidemark.query.deadline;

import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.query.DeadlineView;
import uk.tidemark.kernel.deadline.query.FindDeadlines;
import uk.tidemark.kernel.text.FewWords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        List<DeadlineDocument> found = mongo.find(q, DeadlineDocument.class);
        Map<String, String> words = caseWords(found);
        return found.stream()
                .map(d -> new DeadlineView(d.id, d.kind, d.caseType, d.caseId, d.caseReference, d.settingId, d.dueAt,
                        d.status, d.ownerId, d.metAt, d.missedAt, words.get(d.caseId)))
                .toList();
    }

    /**
     * The first few words of each case's text (decision 0043), read by {@code _id} from the case's own read model
     * as it is now (an incident's or a complaint's summary, an HR case's allegation), rather than copied onto every
     * deadline: one {@code $in} find per type of case shown, and nothing for a case its read model does not have yet.
     */
    private Map<String, String> caseWords(List<DeadlineDocument> deadlines) {
        Map<String, String> words = new HashMap<>();
        for (CaseType type : CaseType.values()) {
            Set<String> ids = new HashSet<>();
            deadlines.stream().filter(d -> d.caseType == type && d.caseId != null).forEach(d -> ids.add(d.caseId));
            if (ids.isEmpty()) {
                continue;
            }
            String field = type == CaseType.DISCIPLINARY ? "allegation" : "summary";
            // each register's read model keeps the few words that name a record in its "summary" (decision 0050)
            String collection = switch (type) {
                case INCIDENT -> "incidents";
                case DISCIPLINARY -> "disciplinary_cases";
                case COMPLAINT -> "complaints";
                case IMAGE_CONSENT -> "image_consent";
                case OFFICIAL_ACCOUNT -> "official_accounts";
                case POLICY -> "policies";
                case DECLARATION -> "declarations";
                case LOW_LEVEL_CONCERN -> "low_level_concerns";
                case SUBJECT_ACCESS -> "subject_access_requests";
                case RECORD_TRANSFER -> "record_transfers";
            };
            Query byId = new Query(where("_id").in(ids));
            byId.fields().include(field);
            for (Document doc : mongo.find(byId, Document.class, collection)) {
                Object text = doc.get(field);
                String few = text instanceof String t ? FewWords.of(t) : null;
                if (few != null) {
                    words.put(String.valueOf(doc.get("_id")), few);
                }
            }
        }
        return words;
    }
}
