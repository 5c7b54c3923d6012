package uk.tidemark.kernel.policy.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.policy.TrainingId;

import java.time.LocalDate;

/**
 * A member of staff ({@code person}, a username) completed a course on {@code completedOn}; it is in date until the
 * end of {@code expiresOn} (null: it does not expire). {@code recordedBy} is the actor.
 */
@Revision("1")
public record TrainingRecorded(TrainingId trainingId, String settingId, String person, String course,
                               LocalDate completedOn, LocalDate expiresOn, String recordedBy)
        implements TrainingEvent {
}
