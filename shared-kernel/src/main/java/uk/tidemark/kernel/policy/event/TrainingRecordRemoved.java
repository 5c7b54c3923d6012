package uk.tidemark.kernel.policy.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.policy.TrainingId;

/** A training record entered in error was removed; it no longer counts. */
@Revision("1")
public record TrainingRecordRemoved(TrainingId trainingId, @Personal String reason) implements TrainingEvent {
}
