package uk.tidemark.query.incident;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import uk.tidemark.kernel.incident.Category;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * How other read models name an incident case without copying its personal content: its reference and its kind of
 * concern in words ("Inappropriate contact between staff and pupils"), never its summary.
 */
public final class CaseTitles {

    private CaseTitles() {
    }

    /** A case as named: its reference (null before it has one) and title. */
    public record Title(String reference, String title) {
    }

    /** The titles of the cases with these ids that the case list holds, by id. */
    public static Map<String, Title> of(MongoTemplate mongo, List<String> ids) {
        Map<String, Title> titles = new LinkedHashMap<>();
        if (ids == null || ids.isEmpty()) {
            return titles;
        }
        Query byId = new Query(where("_id").in(ids));
        byId.fields().include("reference", "category");
        for (Document doc : mongo.find(byId, Document.class, IncidentDocument.COLLECTION)) {
            Object category = doc.get("category");
            Category c = category instanceof String name ? Category.valueOf(name) : null;
            String words = Labels.category(c);
            titles.put(String.valueOf(doc.get("_id")), new Title((String) doc.get("reference"),
                    Character.toUpperCase(words.charAt(0)) + words.substring(1)));
        }
        return titles;
    }
}
