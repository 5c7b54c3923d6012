package uk.tidemark.command.incident;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.SubjectOfCaseException;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.command.*;
import uk.tidemark.kernel.incident.event.*;

import java.util.List;
import java.util.Map;

import static uk.tidemark.command.incident.IncidentFixtures.*;

/**
 * A user who is a subject of a case (linked when it is logged, or later) sends nothing to it and cannot own it;
 * a link names a person on the case and is never replaced.
 */
class IncidentConflictOfInterestTest {

    private static final Map<String, Object> AS_DEPUTY = Map.of("actor", "deputy");
    private static final Map<String, Object> AS_HEAD = Map.of("actor", "head");

    private AggregateTestFixture<IncidentAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    /** A pupil targeted by a member of staff who is the deputy DSL's account. */
    private static IncidentLogged loggedAboutTheDeputy() {
        return logged(List.of(new Person(PUPIL, "Pupil A", PersonRole.PUPIL, Involvement.TARGET),
                new Person(STAFF, "Subject C", PersonRole.STAFF, Involvement.SUBJECT, "deputy")));
    }

    private static PersonLinkedToUser deputyLinkedAsTheSubject() {
        return new PersonLinkedToUser(ID, STAFF, "deputy");
    }

    @Test
    void aSubjectNamedWhenTheCaseIsLoggedCannotActOnIt() {
        fixture.given(loggedAboutTheDeputy())
                .when(new AddNote(ID, "note-1", "Nothing to see"), AS_DEPUTY)
                .expectException(SubjectOfCaseException.class)
                .expectNoEvents();
    }

    @Test
    void aUserLinkedLaterAsASubjectCannotActOnTheCaseEvenClosed() {
        fixture.given(logged(withSubject(PersonRole.STAFF)), triaged(), deputyLinkedAsTheSubject())
                .when(close(), AS_DEPUTY)
                .expectException(SubjectOfCaseException.class)
                .expectNoEvents();
        fixture.given(logged(withSubject(PersonRole.STAFF)), triaged(), closed(), deputyLinkedAsTheSubject())
                .when(new ReopenIncident(ID, "Mine to reopen"), AS_DEPUTY)
                .expectException(SubjectOfCaseException.class)
                .expectNoEvents();
    }

    @Test
    void aUserLinkedAsATargetMayStillWorkOnTheCase() {
        fixture.given(logged(), new PersonLinkedToUser(ID, PUPIL, "deputy"))
                .when(new AddNote(ID, "note-1", "Spoke to the pupil"), AS_DEPUTY)
                .expectEvents(new NoteAdded(ID, "note-1", "Spoke to the pupil"));
    }

    @Test
    void cannotAssignTheCaseToASubject() {
        fixture.given(loggedAboutTheDeputy())
                .when(new AssignIncident(ID, "deputy", "Cover"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("The user deputy is a subject of this case and cannot own it; give it to the headteacher "
                        + "or another safeguarding lead.")
                .expectNoEvents();
    }

    @Test
    void anOwnerWhoBecameASubjectIsToldAsASubjectNotAsTheOwner() {
        fixture.given(logged(withSubject(PersonRole.STAFF)), new IncidentAssigned(ID, "deputy", "On duty"),
                        deputyLinkedAsTheSubject())
                .when(new AssignIncident(ID, "deputy", "Back again"), AS_HEAD)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("The user deputy is a subject of this case and cannot own it; give it to the "
                        + "headteacher or another safeguarding lead.")
                .expectNoEvents();
    }

    @Test
    void cannotTriageWithASubjectAsOwner() {
        fixture.given(logged(withSubject(PersonRole.STAFF)), deputyLinkedAsTheSubject())
                .when(new TriageIncident(ID, Severity.HIGH, "Allegation", "deputy", AllegationRoute.NONE), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("The user deputy is a subject of this case and cannot own it; give it to the headteacher "
                        + "or another safeguarding lead.")
                .expectNoEvents();
    }

    @Test
    void aTriageNamingNoOwnerTakesTheCaseFromAnOwnerWhoBecameASubject() {
        fixture.given(logged(withSubject(PersonRole.STAFF)), new IncidentAssigned(ID, "deputy", "On duty"),
                        deputyLinkedAsTheSubject())
                .when(new TriageIncident(ID, Severity.HIGH, "Allegation", null, AllegationRoute.NONE), AS_HEAD)
                .expectEvents(new IncidentTriaged(ID, Severity.HIGH, "Allegation", "head", AllegationRoute.NONE));
    }

    @Test
    void theHeadteacherCanBeGivenACaseWhoseOwnerBecameASubject() {
        fixture.given(logged(withSubject(PersonRole.STAFF)), triaged(), new IncidentAssigned(ID, "deputy", "On duty"),
                        deputyLinkedAsTheSubject())
                .when(new AssignIncident(ID, "head", "The deputy is the subject"), AS_HEAD)
                .expectEvents(new IncidentAssigned(ID, "head", "The deputy is the subject"));
    }

    @Test
    void onlyAPersonOnTheCaseCanBeLinked() {
        fixture.given(logged())
                .when(new LinkPersonToUser(ID, STRANGER, "deputy"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("Only a person named on this case can be linked to a user.")
                .expectNoEvents();
    }

    @Test
    void aLinkIsNeverReplaced() {
        fixture.given(loggedAboutTheDeputy())
                .when(new LinkPersonToUser(ID, STAFF, "head"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("This person is already linked to the user deputy.")
                .expectNoEvents();
        fixture.given(logged(), new PersonLinkedToUser(ID, PARENT, "parent-user"))
                .when(new LinkPersonToUser(ID, PARENT, "parent-user"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aLinkNamesAUser() {
        fixture.given(logged())
                .when(new LinkPersonToUser(ID, PARENT, " "), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("Say which user this person is: the username is missing.")
                .expectNoEvents();
    }

    @Test
    void aClosedCaseTakesALinkWithoutBeingReopened() {
        fixture.given(logged(withSubject(PersonRole.STAFF)), triaged(), closed())
                .when(new LinkPersonToUser(ID, STAFF, " deputy "), ACTOR)
                .expectEvents(new PersonLinkedToUser(ID, STAFF, "deputy"));
    }
}
