package uk.tidemark.kernel.policy.query;

/** What is this training record, removed or not? Answers an {@code Optional<TrainingView>}, empty when unknown. */
public record FindTrainingRecord(String trainingId) {
}
