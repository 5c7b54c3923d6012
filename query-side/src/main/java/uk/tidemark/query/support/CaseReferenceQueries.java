package uk.tidemark.query.support;

import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.FindCaseReferences;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Projections.include;

/** Answers {@link FindCaseReferences} from the incident, HR and complaint read models (each keeps its reference). */
@Component
public class CaseReferenceQueries {

    /** The collections of the three kinds of case, each with the case's id as {@code _id} and a {@code reference}. */
    static final List<String> COLLECTIONS = List.of("incidents", "disciplinary_cases", "complaints");

    private final MongoTemplate mongo;

    public CaseReferenceQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    public List<FindCaseReferences.CaseReference> handle(FindCaseReferences query) {
        if (query.caseIds().isEmpty() && query.references().isEmpty()) {
            return List.of();
        }
        List<String> references = query.references().stream().map(r -> r.strip().toUpperCase(Locale.ROOT)).toList();
        List<FindCaseReferences.CaseReference> found = new ArrayList<>();
        for (String collection : COLLECTIONS) {
            for (Document d : mongo.getCollection(collection)
                    .find(or(in("_id", List.copyOf(query.caseIds())), in("reference", references)))
                    .projection(include("reference"))) {
                found.add(new FindCaseReferences.CaseReference(String.valueOf(d.get("_id")), d.getString("reference")));
            }
        }
        return found;
    }
}
