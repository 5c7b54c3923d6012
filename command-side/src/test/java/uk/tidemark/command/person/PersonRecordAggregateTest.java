package uk.tidemark.command.person;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.person.MergePerson;
import uk.tidemark.kernel.person.PersonMerged;

import java.util.Map;

/** Two records of one person joined once, never a record into itself, and always with a reason and an actor. */
class PersonRecordAggregateTest {

    private static final PersonId DUPLICATE = PersonId.of("person-2");
    private static final PersonId SURVIVOR = PersonId.of("person-1");
    private static final Map<String, Object> ACTOR = Map.of("actor", "dsl");

    private AggregateTestFixture<PersonRecordAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PersonRecordAggregate.class);
    }

    @Test
    void aRecordIsMergedIntoAnotherOnce() {
        fixture.givenNoPriorActivity()
                .when(new MergePerson(DUPLICATE, SURVIVOR, "Same pupil, surname misspelt"), ACTOR)
                .expectEvents(new PersonMerged(DUPLICATE, SURVIVOR, "Same pupil, surname misspelt"));
        fixture.given(new PersonMerged(DUPLICATE, SURVIVOR, "Same pupil"))
                .when(new MergePerson(DUPLICATE, PersonId.of("person-3"), "Again"), ACTOR)
                .expectException(RefusedCommandException.class)
                .expectExceptionMessage(PersonRecordAggregate.ALREADY_MERGED).expectNoEvents();
    }

    @Test
    void aRecordIsNotMergedIntoItselfNorWithoutAReasonOrActor() {
        fixture.givenNoPriorActivity()
                .when(new MergePerson(DUPLICATE, DUPLICATE, "Same"), ACTOR)
                .expectExceptionMessage(PersonRecordAggregate.INTO_ITSELF).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new MergePerson(DUPLICATE, SURVIVOR, " "), ACTOR)
                .expectExceptionMessage(PersonRecordAggregate.NEEDS_A_REASON).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new MergePerson(DUPLICATE, SURVIVOR, "Same"))
                .expectExceptionMessage(PersonRecordAggregate.NEEDS_AN_ACTOR).expectNoEvents();
    }
}
