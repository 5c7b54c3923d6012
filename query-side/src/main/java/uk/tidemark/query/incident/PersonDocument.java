package uk.tidemark.query.incident;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.tidemark.kernel.incident.Involvement;
import uk.tidemark.kernel.incident.PersonRole;

import java.util.ArrayList;
import java.util.List;

/**
 * A person named on one or more cases, in collection {@value #COLLECTION}, by person id. A person is the same
 * person on a later case when that case names them by their id; the cases they are on are listed here, so a
 * person's chronology is found by id lookups alone.
 */
@Document(collection = PersonDocument.COLLECTION)
class PersonDocument {
    static final String COLLECTION = "people";

    @Id
    String id;
    /** As the latest case names them. */
    String name;
    List<OnCase> cases = new ArrayList<>();
    /** The record this one was merged into (the same person), whose cases include this one's; null until merged. */
    String mergedInto;

    /**
     * Cases whose personal content was erased (decision 0051): still in {@link #cases}, never shown. Null until a
     * case of theirs is erased, so that the records of everyone else are stored as they always were.
     */
    List<String> erasedCases;

    /** The cases the person is shown on: all but those erased. */
    java.util.stream.Stream<OnCase> liveCases() {
        return cases.stream().filter(on -> erasedCases == null || !erasedCases.contains(on.incidentId()));
    }

    record OnCase(String incidentId, String settingId, PersonRole role, Involvement involvement) {
    }
}
