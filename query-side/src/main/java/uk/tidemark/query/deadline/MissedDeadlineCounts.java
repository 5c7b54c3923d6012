package uk.tidemark.query.deadline;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.DeadlineStatus;

import java.util.EnumMap;
import java.util.Map;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The deadlines the board shows as missed, counted by kind, for the metrics: one aggregation ($match, $group). A
 * missed deadline stays missed (a cancellation removes only pending ones), so the counts only grow, and they are
 * the same after a restart or a rebuild as before it.
 */
@Component
public class MissedDeadlineCounts {

    private final MongoTemplate mongo;

    public MissedDeadlineCounts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Map<DeadlineKind, Long> byKind() {
        Aggregation pipeline = Aggregation.newAggregation(
                match(where("status").is(DeadlineStatus.MISSED.name())),
                group("kind").count().as("n"));
        Map<DeadlineKind, Long> counts = new EnumMap<>(DeadlineKind.class);
        for (Document row : mongo.aggregate(pipeline, DeadlineDocument.COLLECTION, Document.class)) {
            Object kind = row.get("_id");
            Object n = row.get("n");
            if (kind != null && n instanceof Number number) {
                counts.merge(DeadlineKind.valueOf(kind.toString()), number.longValue(), Long::sum);
            }
        }
        return counts;
    }
}
