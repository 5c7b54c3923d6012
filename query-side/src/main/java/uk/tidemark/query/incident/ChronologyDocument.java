package uk.tidemark.query.incident;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * One event of one case in collection {@value #COLLECTION}. The id {@code incidentId/sequence} makes a
 * redelivered event overwrite its own entry instead of adding a second one.
 *
 * @param people only on the INCIDENT_LOGGED entry: the names later entries (warnings) refer to by person id,
 *               so this projection never depends on another read model having caught up
 */
@Document(collection = ChronologyDocument.COLLECTION)
record ChronologyDocument(@Id String id, String incidentId, long sequence, Instant at, String type, String actor,
                          String summary, List<NamedPerson> people) {
    static final String COLLECTION = "chronology";

    static String idOf(String incidentId, long sequence) {
        return incidentId + "/" + sequence;
    }

    record NamedPerson(String personId, String name) {
    }
}
