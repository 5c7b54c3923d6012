package uk.tidemark.query.incident;

import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.incident.Severity;
import uk.tidemark.kernel.incident.Stage;
import uk.tidemark.kernel.incident.query.IncidentCounts;
import uk.tidemark.kernel.incident.query.FindCaseCounts;
import uk.tidemark.kernel.incident.query.IncidentFilter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;

/**
 * The dashboard's counts of cases by stage and by severity, in one aggregation ($match, then a $facet of two
 * $group stages: within the subset the embedded store runs, docs/platform-pitfalls.md #9). The $match is the case
 * list's own filter ({@link IncidentQueries#conditions}), so a count never includes a case the list would not show.
 */
@Component
public class IncidentCountQueries {

    private final MongoTemplate mongo;
    private final IncidentListIndex index;

    public IncidentCountQueries(MongoTemplate mongo, IncidentListIndex index) {
        this.mongo = mongo;
        this.index = index;
    }

    @QueryHandler
    public IncidentCounts handle(FindCaseCounts query) {
        IncidentFilter filter = query.filter() == null ? IncidentFilter.none() : query.filter();
        if (filter.visibleSettingIds() != null && filter.visibleSettingIds().isEmpty()) {
            return IncidentCounts.none(); // a caller who may see no setting counts nothing
        }
        Optional<IncidentCounts> indexed = index.counts(filter);
        if (indexed.isPresent()) {
            return indexed.get();
        }
        List<Criteria> conditions = IncidentQueries.conditions(filter);
        Criteria criteria = conditions.isEmpty() ? new Criteria() : new Criteria().andOperator(conditions);
        AggregationOperation facets = Aggregation.facet(group("stage").count().as("n")).as("byStage")
                .and(group("severity").count().as("n")).as("bySeverity");
        Document result = mongo.aggregate(Aggregation.newAggregation(IncidentDocument.class, match(criteria), facets),
                IncidentDocument.COLLECTION, Document.class).getUniqueMappedResult();
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        long total = 0;
        long notAssessed = 0;
        for (Document bucket : buckets(result, "byStage")) {
            long n = count(bucket);
            total += n;
            Object stage = bucket.get("_id");
            if (stage != null) {
                byStage.merge(Stage.valueOf(stage.toString()), n, Long::sum);
            }
        }
        for (Document bucket : buckets(result, "bySeverity")) {
            Object severity = bucket.get("_id");
            if (severity == null) {
                notAssessed += count(bucket);
            } else {
                bySeverity.merge(Severity.valueOf(severity.toString()), count(bucket), Long::sum);
            }
        }
        return new IncidentCounts(total, byStage, bySeverity, notAssessed);
    }

    private static List<Document> buckets(Document result, String facet) {
        if (result == null || result.get(facet) == null) {
            return List.of();
        }
        return new ArrayList<>(result.getList(facet, Document.class));
    }

    private static long count(Document bucket) {
        Object n = bucket.get("n");
        return n instanceof Number number ? number.longValue() : 0;
    }
}
