package uk.tidemark.query.incident;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.tidemark.kernel.incident.ReceivedRecord;

import java.time.Instant;
import java.util.List;

/**
 * One event of one case in collection {@value #COLLECTION}. The id {@code incidentId/sequence} makes a
 * redelivered event overwrite its own entry instead of adding a second one.
 *
 * @param people only on the INCIDENT_LOGGED entry: the names later entries (warnings) refer to by person id,
 *               so this projection never depends on another read model having caught up
 * @param received only on the INCIDENT_IMPORTED entry of a case received from another installation (decision
 *                 0057): the sending case's chronology as it was sent, read before the case's own entries
 */
@Document(collection = ChronologyDocument.COLLECTION)
record ChronologyDocument(@Id String id, String incidentId, long sequence, Instant at, String type, String actor,
                          String summary, List<NamedPerson> people, List<ReceivedRecord.Line> received) {
    static final String COLLECTION = "chronology";

    @PersistenceCreator
    ChronologyDocument {
    }

    ChronologyDocument(String id, String incidentId, long sequence, Instant at, String type, String actor,
                       String summary, List<NamedPerson> people) {
        this(id, incidentId, sequence, at, type, actor, summary, people, null);
    }

    static String idOf(String incidentId, long sequence) {
        return incidentId + "/" + sequence;
    }

    record NamedPerson(String personId, String name) {
    }
}
