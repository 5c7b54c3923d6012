package uk.tidemark.command.incident;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.command.*;
import uk.tidemark.kernel.incident.event.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static uk.tidemark.command.incident.IncidentFixtures.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.*;
import static uk.tidemark.kernel.incident.AllegationRoute.*;

/** Logging, triage, ownership, the KCSIE Part 4 route, closing and reopening: each rule from both sides. */
class IncidentLifecycleRulesTest {

    private AggregateTestFixture<IncidentAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static TriageIncident triage(String ownerId, AllegationRoute route) {
        return new TriageIncident(ID, Severity.HIGH, "Allegation against an adult", ownerId, route);
    }

    private static IncidentTriaged triagedAs(String ownerId, AllegationRoute route) {
        return new IncidentTriaged(ID, Severity.HIGH, "Allegation against an adult", ownerId, route);
    }

    @Test
    void theReporterIsTheSignedInUser() {
        fixture.givenCurrentTime(NOW)
                .when(log(PUPIL_AND_PARENT), ACTOR)
                .expectSuccessfulHandlerExecution()
                .expectEvents(logged(PUPIL_AND_PARENT), DEADLINES.set(FIRST_RESPONSE, "1", FIRST_RESPONSE_DUE, null));
    }

    @Test
    void anIncidentCannotBeLoggedWithoutKnowingWhoLogsIt() {
        fixture.givenNoPriorActivity()
                .when(log(PUPIL_AND_PARENT), Map.of("actor", " "))
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentRule.ACTOR_REQUIRED.sentence())
                .expectNoEvents();
    }

    @Test
    void nothingIsRecordedOnACaseWithoutKnowingWhoDidIt() {
        fixture.given(logged())
                .when(new AddNote(ID, "note-1", "Anonymous note"))
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("This cannot be recorded without knowing who is making the change; sign in and try again.")
                .expectNoEvents();
    }

    @Test
    void triageWithoutAnOwnerGivesTheCaseToTheDslWhoTriagesIt() {
        fixture.given(logged())
                .when(triage(null, NONE), ACTOR)
                .expectEvents(triagedAs("dsl", NONE));
    }

    @Test
    void triageWithoutAnOwnerKeepsTheOwnerTheCaseAlreadyHas() {
        fixture.given(logged(), new IncidentAssigned(ID, "deputy", "Deputy DSL on duty"))
                .when(triage(null, NONE), ACTOR)
                .expectEvents(triagedAs("deputy", NONE));
    }

    @Test
    void triageNamingAnOwnerGivesTheCaseToThatOwner() {
        fixture.given(logged())
                .when(triage("deputy", NONE), ACTOR)
                .expectEvents(triagedAs("deputy", NONE));
    }

    @Test
    void allegationRouteNeedsAStaffSubject() {
        fixture.given(logged(withSubject(PersonRole.STAFF)))
                .when(triage(null, LOW_LEVEL_CONCERN), ACTOR)
                .expectEvents(triagedAs("dsl", LOW_LEVEL_CONCERN));
    }

    @Test
    void allegationRouteAcceptsAVolunteerSubject() {
        fixture.givenCurrentTime(NOW).andGiven(logged(withSubject(PersonRole.VOLUNTEER)))
                .when(triage(null, HARM_THRESHOLD), ACTOR)
                .expectEvents(triagedAs("dsl", HARM_THRESHOLD),
                        DEADLINES.set(LADO_REFERRAL, "1", END_OF_NEXT_WORKING_DAY, "dsl"));
    }

    @Test
    void allegationRouteIsRefusedWhenTheSubjectIsNotStaffOrVolunteer() {
        fixture.given(logged(withSubject(PersonRole.PARENT_CARER)))
                .when(triage(null, LOW_LEVEL_CONCERN), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentRule.ROUTE_NEEDS_WORKFORCE_SUBJECT.sentence())
                .expectNoEvents();
    }

    @Test
    void allegationRouteIsRefusedWhenStaffAreOnlyWitnesses() {
        fixture.given(logged(java.util.List.of(
                        new Person(PUPIL, "Pupil A", PersonRole.PUPIL, Involvement.SUBJECT),
                        new Person(STAFF, "Teacher D", PersonRole.STAFF, Involvement.WITNESS))))
                .when(triage(null, HARM_THRESHOLD), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentRule.ROUTE_NEEDS_WORKFORCE_SUBJECT.sentence())
                .expectNoEvents();
    }

    @Test
    void aLowLevelConcernCanBeRaisedToTheHarmThreshold() {
        fixture.givenCurrentTime(NOW).andGiven(logged(withSubject(PersonRole.STAFF)), triagedAs("dsl", LOW_LEVEL_CONCERN))
                .when(triage(null, HARM_THRESHOLD), ACTOR)
                .expectEvents(triagedAs("dsl", HARM_THRESHOLD),
                        DEADLINES.set(LADO_REFERRAL, "1", END_OF_NEXT_WORKING_DAY, "dsl"));
    }

    @Test
    void harmThresholdCannotBeLoweredByALaterTriage() {
        fixture.given(logged(withSubject(PersonRole.STAFF)), triagedAs("dsl", HARM_THRESHOLD))
                .when(triage(null, LOW_LEVEL_CONCERN), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("This allegation has been assessed as meeting the harm threshold; a later triage cannot lower it.")
                .expectNoEvents();
    }

    @Test
    void harmThresholdCannotBeDroppedByALaterTriage() {
        fixture.given(logged(withSubject(PersonRole.STAFF)), triagedAs("dsl", HARM_THRESHOLD))
                .when(triage(null, NONE), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentRule.HARM_THRESHOLD_CANNOT_BE_LOWERED.sentence())
                .expectNoEvents();
    }

    @Test
    void aLaterTriageWithoutARouteKeepsTheHarmThreshold() {
        fixture.given(logged(withSubject(PersonRole.STAFF)), triagedAs("dsl", HARM_THRESHOLD))
                .when(new TriageIncident(ID, Severity.CRITICAL, "Further allegation", null, null), ACTOR)
                .expectEvents(new IncidentTriaged(ID, Severity.CRITICAL, "Further allegation", "dsl", HARM_THRESHOLD));
    }

    @Test
    void cannotAssignToTheCurrentOwner() {
        fixture.given(logged(), triaged())
                .when(new AssignIncident(ID, "dsl", "Taking it back"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("This case is already assigned to dsl.")
                .expectNoEvents();
    }

    @Test
    void canAssignToSomeoneOtherThanTheCurrentOwner() {
        fixture.given(logged(), triaged())
                .when(new AssignIncident(ID, "deputy", "Annual leave"), ACTOR)
                .expectEvents(new IncidentAssigned(ID, "deputy", "Annual leave"));
    }

    @Test
    void caseMustBeTriagedBeforeItIsClosed() {
        fixture.given(logged())
                .when(close(), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("Triage this case before closing it, so that its severity and owner are on record.")
                .expectNoEvents();
    }

    @Test
    void harmThresholdCaseCannotCloseBeforeLadoReferral() {
        fixture.given(logged(withSubject(PersonRole.STAFF)), triagedAs("dsl", HARM_THRESHOLD))
                .when(close(), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("This allegation meets the harm threshold; record the referral to the LADO before closing the case.")
                .expectNoEvents();
    }

    @Test
    void harmThresholdCaseIsNotClosableOnAReferralToAnotherAgency() {
        fixture.given(logged(withSubject(PersonRole.STAFF)), triagedAs("dsl", HARM_THRESHOLD),
                        referred(Agency.CHILDRENS_SOCIAL_CARE))
                .when(close(), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentRule.HARM_THRESHOLD_NEEDS_LADO_REFERRAL.sentence())
                .expectNoEvents();
    }

    @Test
    void harmThresholdCaseClosesOnceTheLadoReferralIsRecorded() {
        fixture.givenCurrentTime(NOW).andGiven(logged(withSubject(PersonRole.STAFF)), triagedAs("dsl", HARM_THRESHOLD), referred(Agency.LADO))
                .when(close(), ACTOR)
                .expectEvents(allegationClosed());
    }

    @Test
    void aLadoReferralMadeBeforeTheRouteWasRaisedStillCounts() {
        fixture.givenCurrentTime(NOW).andGiven(logged(withSubject(PersonRole.STAFF)), triagedAs("dsl", LOW_LEVEL_CONCERN), referred(Agency.LADO),
                        triagedAs("dsl", HARM_THRESHOLD))
                .when(close(), ACTOR)
                .expectEvents(allegationClosed());
    }

    @Test
    void lowLevelConcernCaseClosesWithoutALadoReferral() {
        fixture.givenCurrentTime(NOW).andGiven(logged(withSubject(PersonRole.STAFF)), triagedAs("dsl", LOW_LEVEL_CONCERN))
                .when(close(), ACTOR)
                .expectEvents(allegationClosed());
    }

    @Test
    void onlyAClosedCaseCanBeReopened() {
        fixture.given(logged(), triaged())
                .when(new ReopenIncident(ID, "More information"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("This case is open; only a closed case can be reopened.")
                .expectNoEvents();
    }

    @Test
    void aReopenedCaseCanBeClosedAgainWithoutAnotherTriage() {
        fixture.givenCurrentTime(NOW).andGiven(logged(), triaged(), closed(), reopened())
                .when(close(), ACTOR)
                .expectEvents(closedAndReviewed());
    }

    @Test
    void aReopenedCaseCannotBeReopenedAgain() {
        fixture.given(logged(), triaged(), closed(), reopened())
                .when(new ReopenIncident(ID, "Again"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectNoEvents();
    }

    /** An allegation against staff reported and closed at NOW: reviewed ten years from the report. */
    private static Object[] allegationClosed() {
        List<Object> all = new ArrayList<>(List.of(closed()));
        all.addAll(reviewed(RetentionRule.ALLEGATION_AGAINST_STAFF, TEN_YEARS_ON, "dsl"));
        return all.toArray();
    }
}
