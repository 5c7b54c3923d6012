package uk.tidemark.kernel.policy.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.policy.TrainingId;

import java.time.LocalDate;

/** Record that {@code person} completed {@code course} on {@code completedOn}, in date until {@code expiresOn}. */
public record RecordTraining(@TargetAggregateIdentifier TrainingId trainingId, String settingId, String person,
                             String course, LocalDate completedOn, LocalDate expiresOn) {
}
