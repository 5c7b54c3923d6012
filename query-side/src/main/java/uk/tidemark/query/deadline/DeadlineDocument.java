package uk.tidemark.query.deadline;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.DeadlineStatus;

import java.time.Instant;

/** One deadline on the board, in collection {@value #COLLECTION}; the id is the deadline's own id. */
@Document(collection = DeadlineDocument.COLLECTION)
class DeadlineDocument {
    static final String COLLECTION = "deadlines";

    @Id
    String id;
    DeadlineKind kind;
    CaseType caseType;
    String caseId;
    /** The case's reference, copied from its {@link CaseDeadlinesDocument} (decision 0038). */
    String caseReference;
    String settingId;
    Instant dueAt;
    DeadlineStatus status;
    String ownerId;
    Instant setAt;
    Instant metAt;
    Instant missedAt;
    /** The sequence, in its case's stream, of the last event applied to this deadline: later ones only win. */
    long lastSequence;
}
