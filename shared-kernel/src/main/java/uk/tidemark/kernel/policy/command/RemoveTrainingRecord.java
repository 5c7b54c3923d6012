package uk.tidemark.kernel.policy.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.policy.TrainingId;

/** Remove a training record entered in error. */
public record RemoveTrainingRecord(@TargetAggregateIdentifier TrainingId trainingId, String reason) {
}
