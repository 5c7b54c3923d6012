package uk.tidemark.query.retention;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.tidemark.kernel.ErasureGround;
import uk.tidemark.kernel.incident.RetentionRule;

import java.time.Instant;

/**
 * Where one incident stands in the retention schedule, in collection {@value #COLLECTION}. Dates are ISO strings: a
 * LocalDate would be stored at midnight in the JVM's zone. A legal hold's and an extension's reason are personal
 * content (sealed in their events); they are rebuilt from the events like everything else here.
 */
@Document(collection = RetentionDocument.COLLECTION)
class RetentionDocument {
    static final String COLLECTION = "incident_retention";

    @Id
    String id;
    String reviewOn;
    RetentionRule rule;
    String extendedUntil;
    String extensionReason;
    String extendedBy;
    Instant extendedAt;
    String holdReason;
    String heldBy;
    Instant heldAt;
    ErasureGround requestGround;
    String requestReason;
    String requestedBy;
    Instant requestedAt;
    String erasedOn;
    ErasureGround erasedUnder;
    /** Sequence number of the last event applied: redelivery is a no-op. */
    long lastSequence = -1;
}
