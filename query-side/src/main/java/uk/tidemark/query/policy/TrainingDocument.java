package uk.tidemark.query.policy;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.tidemark.query.register.RegisterProjections;

import java.time.Instant;

/** One training record in collection {@value RegisterProjections#POLICY_TRAINING}; dates are ISO strings. */
@Document(collection = RegisterProjections.POLICY_TRAINING)
class TrainingDocument {

    @Id
    String id;
    String settingId;
    String summary;
    String person;
    String course;
    String completedOn;
    String expiresOn;
    String recordedBy;
    Instant recordedAt;
    boolean removed;
    long lastSequence;
}
