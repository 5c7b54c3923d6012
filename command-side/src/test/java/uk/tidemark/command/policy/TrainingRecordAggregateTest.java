package uk.tidemark.command.policy;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.policy.TrainingId;
import uk.tidemark.kernel.policy.command.RecordTraining;
import uk.tidemark.kernel.policy.command.RemoveTrainingRecord;
import uk.tidemark.kernel.policy.event.TrainingRecordRemoved;
import uk.tidemark.kernel.policy.event.TrainingRecorded;
import uk.tidemark.kernel.time.DateRefusedException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Every allowed and refused command of a training record. */
class TrainingRecordAggregateTest {

    private static final TrainingId ID = TrainingId.of("training-1");
    private static final Map<String, Object> HEAD = Map.of("actor", "head");
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate DONE = LocalDate.of(2026, 2, 2);
    private static final LocalDate EXPIRES = LocalDate.of(2027, 2, 2);

    private AggregateTestFixture<TrainingRecordAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TrainingRecordAggregate.class);
    }

    private static TrainingRecorded recorded() {
        return new TrainingRecorded(ID, "setting-1", "anna", "Online safety", DONE, EXPIRES, "head");
    }

    @Test
    void trainingIsRecordedWithWhoRecordedIt() {
        fixture.givenCurrentTime(MONDAY)
                .when(new RecordTraining(ID, "setting-1", "anna", "Online safety", DONE, EXPIRES), HEAD)
                .expectEvents(recorded());
    }

    @Test
    void trainingThatDoesNotExpireIsRecorded() {
        fixture.givenCurrentTime(MONDAY)
                .when(new RecordTraining(ID, "setting-1", "anna", "Prevent", DONE, null), HEAD)
                .expectEvents(new TrainingRecorded(ID, "setting-1", "anna", "Prevent", DONE, null, "head"));
    }

    @Test
    void cannotRecordTrainingCompletedInTheFuture() {
        fixture.givenCurrentTime(MONDAY)
                .when(new RecordTraining(ID, "setting-1", "anna", "Online safety", LocalDate.of(2026, 3, 3), null), HEAD)
                .expectException(DateRefusedException.class);
    }

    @Test
    void cannotRecordTrainingThatExpiresBeforeItWasDone() {
        fixture.givenCurrentTime(MONDAY)
                .when(new RecordTraining(ID, "setting-1", "anna", "Online safety", DONE, DONE), HEAD)
                .expectException(DateRefusedException.class);
    }

    @Test
    void cannotRecordTrainingWithoutAnActor() {
        fixture.givenCurrentTime(MONDAY)
                .when(new RecordTraining(ID, "setting-1", "anna", "Online safety", DONE, EXPIRES))
                .expectException(PolicyRuleViolation.class).expectExceptionMessage(PolicyRule.ACTOR_REQUIRED.sentence());
    }

    @Test
    void aRecordIsRemovedOnce() {
        fixture.givenCurrentTime(MONDAY).andGiven(recorded())
                .when(new RemoveTrainingRecord(ID, "Entered for the wrong person"), HEAD)
                .expectEvents(new TrainingRecordRemoved(ID, "Entered for the wrong person"));
        fixture.givenCurrentTime(MONDAY).andGiven(recorded(), new TrainingRecordRemoved(ID, "x"))
                .when(new RemoveTrainingRecord(ID, "again"), HEAD)
                .expectException(PolicyRuleViolation.class).expectExceptionMessage(PolicyRule.REMOVED_ONCE.sentence());
    }
}
