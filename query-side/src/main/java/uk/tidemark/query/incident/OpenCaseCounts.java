package uk.tidemark.query.incident;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.incident.IncidentStatus;
import uk.tidemark.kernel.incident.Severity;
import uk.tidemark.kernel.incident.Stage;

import java.util.ArrayList;
import java.util.List;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The open cases of every setting counted by stage and severity, for the metrics: one aggregation ($match on the
 * status, $group on stage and severity; within the subset the embedded store runs, docs/platform-pitfalls.md #9).
 * Counts only, never a case's content.
 */
@Component
public class OpenCaseCounts {

    /** {@code severity} is null for a case not yet triaged. */
    public record Count(Stage stage, Severity severity, long cases) {
    }

    private final MongoTemplate mongo;
    private final IncidentListIndex index;

    public OpenCaseCounts(MongoTemplate mongo, IncidentListIndex index) {
        this.mongo = mongo;
        this.index = index;
    }

    public List<Count> byStageAndSeverity() {
        var indexed = index.openByStageAndSeverity(); // the embedded store would scan every case (decision 0021)
        if (indexed.isPresent()) {
            List<Count> counts = new ArrayList<>();
            indexed.get().forEach((key, n) -> counts.add(new Count(key.getKey(), key.getValue(), n)));
            return counts;
        }
        Aggregation pipeline = Aggregation.newAggregation(
                match(where("status").is(IncidentStatus.OPEN.name())),
                group("stage", "severity").count().as("n"));
        List<Count> counts = new ArrayList<>();
        for (Document row : mongo.aggregate(pipeline, IncidentDocument.COLLECTION, Document.class)) {
            // a $group on two fields answers {_id: {stage, severity}}; one on a single field flattens it
            Object id = row.get("_id");
            Document key = id instanceof Document d ? d : new Document();
            Object stage = key.get("stage");
            Object severity = key.get("severity");
            if (stage == null) {
                continue;
            }
            Object n = row.get("n");
            counts.add(new Count(Stage.valueOf(stage.toString()),
                    severity == null ? null : Severity.valueOf(severity.toString()),
                    n instanceof Number number ? number.longValue() : 0));
        }
        return counts;
    }
}
