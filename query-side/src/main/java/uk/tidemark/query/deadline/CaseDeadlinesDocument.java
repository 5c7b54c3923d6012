package uk.tidemark.query.deadline;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * The deadlines of one case, in collection {@value #COLLECTION} with id {@code case:<caseId>}: lets the owner of a
 * case's deadlines follow the case by looking documents up by id only, and guards the whole case stream against
 * redelivery (a cancelled deadline's document is gone, so its own sequence cannot).
 */
@Document(collection = CaseDeadlinesDocument.COLLECTION)
class CaseDeadlinesDocument {
    static final String COLLECTION = "deadline_cases";

    @Id
    String id;
    String caseId;
    /** The case's reference (decision 0038), from its first event or the one that gave it later. */
    String reference;
    /** The case's deadlines on the board (cancelled ones are removed). */
    List<String> deadlineIds = new ArrayList<>();
    /** The sequence, in the case's stream, of the last event the board applied for this case. */
    long lastSequence = -1;

    static String idOf(String caseId) {
        return "case:" + caseId;
    }
}
