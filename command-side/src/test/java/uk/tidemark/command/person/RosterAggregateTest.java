package uk.tidemark.command.person;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.person.ImportRoster;
import uk.tidemark.kernel.person.PersonJoinedRoster;
import uk.tidemark.kernel.person.PersonLeftRoster;
import uk.tidemark.kernel.person.RosterEntry;
import uk.tidemark.kernel.person.RosterId;
import uk.tidemark.kernel.person.RosterImportResult;
import uk.tidemark.kernel.person.RosterPersonChanged;
import uk.tidemark.kernel.person.RosterSummary;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static uk.tidemark.kernel.incident.PersonRole.PUPIL;
import static uk.tidemark.kernel.incident.PersonRole.STAFF;

/**
 * A setting's roster: an import records only what changed, so the same file twice records nothing; people of the
 * roles a file covers who are not in it leave (and may come back, as the same person); a bad file changes nothing.
 */
class RosterAggregateTest {

    private static final RosterId ROSTER = RosterId.of("riverside");
    private static final Map<String, Object> ACTOR = Map.of("actor", "admin");
    private static final Set<PersonRole> BOTH = Set.of(PUPIL, STAFF);
    private static final RosterEntry ZOE = new RosterEntry("A123", "Zoë Adams", PUPIL, "Year 7, 7B");
    private static final RosterEntry TOM = new RosterEntry("T042", "Tom Reid", STAFF, null);
    private static final PersonId ZOE_ID = ROSTER.personIdOf("A123");
    private static final PersonId TOM_ID = ROSTER.personIdOf("T042");

    private AggregateTestFixture<RosterAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RosterAggregate.class);
    }

    private static PersonJoinedRoster joined(RosterEntry e) {
        return new PersonJoinedRoster(ROSTER, ROSTER.personIdOf(e.misId()), e.misId(), e.name(), e.role(), e.group());
    }

    @Test
    void aFirstImportPutsEveryoneOnTheListUnderIdsMadeFromTheSettingAndMisId() {
        fixture.givenNoPriorActivity()
                .when(new ImportRoster(ROSTER, List.of(ZOE, TOM), BOTH, "export.csv"), ACTOR)
                .expectEvents(joined(ZOE), joined(TOM))
                .expectResultMessagePayload(new RosterImportResult(2, 0, 0, 0,
                        new RosterSummary("riverside", 1, 1, 0, 0)));
        // the same MIS id on another setting's roster is another person
        org.assertj.core.api.Assertions.assertThat(RosterId.of("hilltop").personIdOf("A123")).isNotEqualTo(ZOE_ID);
    }

    @Test
    void theSameFileAgainChangesNothing() {
        fixture.given(joined(ZOE), joined(TOM))
                .when(new ImportRoster(ROSTER, List.of(ZOE, TOM), BOTH, "export.csv"), ACTOR)
                .expectNoEvents()
                .expectResultMessagePayload(new RosterImportResult(0, 0, 0, 2,
                        new RosterSummary("riverside", 1, 1, 0, 0)));
    }

    @Test
    void aChangedNameOrClassIsChangedAndSomeoneNoLongerListedLeaves() {
        RosterEntry moved = new RosterEntry("A123", "Zoë Adams-Price", PUPIL, "Year 8, 8B");
        fixture.given(joined(ZOE), joined(TOM))
                .when(new ImportRoster(ROSTER, List.of(moved), BOTH, "export.csv"), ACTOR)
                .expectEvents(new RosterPersonChanged(ROSTER, ZOE_ID, "Zoë Adams-Price", PUPIL, "Year 8, 8B"),
                        new PersonLeftRoster(ROSTER, TOM_ID))
                .expectResultMessagePayload(new RosterImportResult(0, 1, 1, 0,
                        new RosterSummary("riverside", 1, 0, 0, 1)));
    }

    @Test
    void aFileOfPupilsOnlyLeavesTheStaffAsTheyAre() {
        RosterEntry carys = new RosterEntry("A456", "Carys Evans", PUPIL, "Year 9");
        fixture.given(joined(ZOE), joined(TOM))
                .when(new ImportRoster(ROSTER, List.of(carys), Set.of(PUPIL), "pupils.csv"), ACTOR)
                .expectEvents(joined(carys), new PersonLeftRoster(ROSTER, ZOE_ID));
    }

    @Test
    void someoneWhoLeftAndCameBackIsTheSamePerson() {
        fixture.given(joined(ZOE), joined(TOM), new PersonLeftRoster(ROSTER, ZOE_ID))
                .when(new ImportRoster(ROSTER, List.of(ZOE, TOM), BOTH, "export.csv"), ACTOR)
                .expectEvents(joined(ZOE));
    }

    @Test
    void aFileThatCannotBeRightChangesNothing() {
        fixture.given(joined(ZOE))
                .when(new ImportRoster(ROSTER, List.of(), BOTH, "empty.csv"), ACTOR)
                .expectException(RefusedCommandException.class)
                .expectExceptionMessage(RosterAggregate.EMPTY).expectNoEvents();
        fixture.given(joined(ZOE))
                .when(new ImportRoster(ROSTER, List.of(ZOE, ZOE), BOTH, "twice.csv"), ACTOR)
                .expectExceptionMessage(RosterAggregate.TWICE.formatted("A123")).expectNoEvents();
        fixture.given(joined(ZOE))
                .when(new ImportRoster(ROSTER, List.of(TOM), Set.of(PUPIL), "mixed.csv"), ACTOR)
                .expectExceptionMessage(RosterAggregate.OUTSIDE_ROLES.formatted("T042")).expectNoEvents();
        fixture.given(joined(ZOE))
                .when(new ImportRoster(ROSTER, List.of(new RosterEntry("A9", " ", PUPIL, null)), BOTH, "x.csv"),
                        ACTOR)
                .expectExceptionMessage(RosterAggregate.INCOMPLETE).expectNoEvents();
        fixture.given(joined(ZOE))
                .when(new ImportRoster(ROSTER, List.of(ZOE), Set.of(), "x.csv"), ACTOR)
                .expectExceptionMessage(RosterAggregate.NO_ROLES).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new ImportRoster(ROSTER, List.of(ZOE), BOTH, "x.csv"))
                .expectExceptionMessage(RosterAggregate.NEEDS_AN_ACTOR).expectNoEvents();
    }
}
