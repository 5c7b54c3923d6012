package uk.tidemark.command.incident;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.ErasureGround;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.command.*;
import uk.tidemark.kernel.incident.event.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static uk.tidemark.command.incident.IncidentFixtures.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.RETENTION_REVIEW;

/** The retention schedule, the legal hold and the two-person destruction of a case (decision 0052). */
class IncidentRetentionTest {

    private static final Map<String, Object> AS_DEPUTY = Map.of("actor", "deputy");
    private static final String SIX = SIX_YEARS_ON.toString();
    private AggregateTestFixture<IncidentAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static List<Object> closedCase(Object... more) {
        List<Object> events = new ArrayList<>(List.of(logged(), triaged()));
        events.addAll(List.of(closedAndReviewed()));
        events.addAll(List.of(more));
        return events;
    }

    private static DestructionRequested requestedBy(String lead) {
        return new DestructionRequested(ID, ErasureGround.RETENTION_SCHEDULE, "Retention period ended", lead);
    }

    @Test
    void aCaseReferredToChildrensSocialCareIsKeptTwentyFiveYearsAfterItCloses() {
        List<Object> expected = new ArrayList<>(List.of(closed(),
                DEADLINES.cancelled(uk.tidemark.kernel.deadline.DeadlineKind.REFERRAL_FOLLOW_UP,
                        "referral-CHILDRENS_SOCIAL_CARE", IncidentAggregate.settledByClosing(close()))));
        expected.addAll(reviewed(RetentionRule.CHILD_PROTECTION, LocalDate.of(2050, 3, 4), "dsl"));
        fixture.givenCurrentTime(NOW).andGiven(logged(), triaged(),
                        DEADLINES.set(uk.tidemark.kernel.deadline.DeadlineKind.REFERRAL_FOLLOW_UP,
                                "referral-CHILDRENS_SOCIAL_CARE", END_OF_NEXT_WORKING_DAY, "dsl"),
                        referred(Agency.CHILDRENS_SOCIAL_CARE))
                .when(close(), ACTOR)
                .expectEvents(expected.toArray());
    }

    @Test
    void anAllegationIsKeptTenYearsFromTheReportToTheNextWorkingDay() {
        List<Object> expected = new ArrayList<>(List.of(closed()));
        expected.add(new RetentionScheduled(ID, RetentionRule.ALLEGATION_AGAINST_STAFF, TEN_YEARS_ON));
        // Sunday 4 March 2035: due by the end of Monday 5 March, found without counting the ten years day by day
        expected.add(DEADLINES.set(RETENTION_REVIEW, TEN_YEARS_ON.toString(), TEN_YEARS_ON_DUE, "dsl"));
        fixture.givenCurrentTime(NOW).andGiven(logged(withSubject(PersonRole.STAFF)),
                        triaged(AllegationRoute.LOW_LEVEL_CONCERN))
                .when(close(), ACTOR)
                .expectEvents(expected.toArray());
    }

    @Test
    void aLongerScheduleAnAdministratorSetTakesEffectAtTheNextClose() {
        fixture = fixture(uk.tidemark.command.deadline.CalendarRegion.ENGLAND_AND_WALES, new RetentionSchedule(25, 10, 7));
        List<Object> expected = new ArrayList<>(List.of(closed()));
        expected.addAll(reviewed(RetentionRule.ONLINE_SAFETY, LocalDate.of(2032, 3, 4), "dsl"));
        fixture.givenCurrentTime(NOW).andGiven(logged(), triaged())
                .when(close(), ACTOR)
                .expectEvents(expected.toArray());
    }

    @Test
    void reopeningCancelsTheReview() {
        fixture.givenCurrentTime(NOW).andGiven(closedCase())
                .when(new ReopenIncident(ID, "The post is back"), ACTOR)
                .expectEvents(reopened(), DEADLINES.cancelled(RETENTION_REVIEW, SIX, IncidentAggregate.REOPENED));
    }

    @Test
    void destructionIsAskedForWithAReason() {
        fixture.givenCurrentTime(NOW).andGiven(closedCase())
                .when(new RequestDestruction(ID, ErasureGround.ERASURE_REQUEST, "  "), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentRule.DESTRUCTION_NEEDS_A_REASON.sentence())
                .expectNoEvents();
    }

    @Test
    void destructionIsAskedForOnce() {
        fixture.givenCurrentTime(NOW).andGiven(closedCase(requestedBy("deputy")))
                .when(new RequestDestruction(ID, null, "Again"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentRule.DESTRUCTION_ALREADY_REQUESTED.sentence())
                .expectNoEvents();
    }

    @Test
    void nothingIsAskedToBeDestroyedWhileHeld() {
        fixture.givenCurrentTime(NOW).andGiven(closedCase(new LegalHoldPlaced(ID, "Police investigation")))
                .when(new RequestDestruction(ID, null, "Period ended"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentRule.DESTRUCTION_WHILE_HELD.sentence())
                .expectNoEvents();
    }

    @Test
    void anotherLeadConfirmsAndTheReviewIsMet() {
        fixture.givenCurrentTime(NOW).andGiven(closedCase(requestedBy("dsl")))
                .when(new ConfirmDestruction(ID, ErasureGround.RETENTION_SCHEDULE), AS_DEPUTY)
                .expectEvents(new IncidentContentDestroyed(ID, ErasureGround.RETENTION_SCHEDULE),
                        DEADLINES.met(RETENTION_REVIEW, SIX));
    }

    @Test
    void theLeadWhoAskedCannotConfirm() {
        fixture.givenCurrentTime(NOW).andGiven(closedCase(requestedBy("dsl")))
                .when(new ConfirmDestruction(ID, ErasureGround.RETENTION_SCHEDULE), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentRule.CONFIRMED_BY_ANOTHER_LEAD.sentence())
                .expectNoEvents();
    }

    @Test
    void nothingIsConfirmedThatWasNotAskedFor() {
        fixture.givenCurrentTime(NOW).andGiven(closedCase())
                .when(new ConfirmDestruction(ID, ErasureGround.RETENTION_SCHEDULE), AS_DEPUTY)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentRule.NOTHING_TO_CONFIRM.sentence())
                .expectNoEvents();
    }

    @Test
    void aHoldPlacedAfterTheRequestStopsTheConfirmation() {
        fixture.givenCurrentTime(NOW).andGiven(closedCase(requestedBy("dsl"), new LegalHoldPlaced(ID, "A claim")))
                .when(new ConfirmDestruction(ID, ErasureGround.RETENTION_SCHEDULE), AS_DEPUTY)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentRule.CONFIRMATION_WHILE_HELD.sentence())
                .expectNoEvents();
    }

    @Test
    void onceTheHoldIsLiftedTheConfirmationGoesThrough() {
        fixture.givenCurrentTime(NOW).andGiven(closedCase(requestedBy("dsl"), new LegalHoldPlaced(ID, "A claim"),
                        new LegalHoldLifted(ID, "Claim settled")))
                .when(new ConfirmDestruction(ID, ErasureGround.RETENTION_SCHEDULE), AS_DEPUTY)
                .expectEvents(new IncidentContentDestroyed(ID, ErasureGround.RETENTION_SCHEDULE),
                        DEADLINES.met(RETENTION_REVIEW, SIX));
    }

    @Test
    void aReopenedCaseForgetsTheRequest() {
        fixture.givenCurrentTime(NOW).andGiven(closedCase(requestedBy("dsl"), reopened(), closed()))
                .when(new ConfirmDestruction(ID, ErasureGround.RETENTION_SCHEDULE), AS_DEPUTY)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentRule.NOTHING_TO_CONFIRM.sentence());
    }

    @Test
    void anErasedCaseRefusesEveryCommandAndSaysWhen() {
        fixture.givenCurrentTime(NOW).andGiven(closedCase(requestedBy("dsl"),
                        new IncidentContentDestroyed(ID, ErasureGround.RETENTION_SCHEDULE)))
                .when(new ReopenIncident(ID, "More to add"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("The case's personal content was erased on 4 March 2025 under the retention "
                        + "schedule; nothing more can be recorded on it.")
                .expectNoEvents();
        fixture.givenCurrentTime(NOW).andGiven(closedCase(requestedBy("dsl"),
                        new IncidentContentDestroyed(ID, ErasureGround.ERASURE_REQUEST)))
                .when(new PlaceLegalHold(ID, "A claim"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("The case's personal content was erased on 4 March 2025 at the person's "
                        + "request; nothing more can be recorded on it.");
    }

    @Test
    void aHoldNeedsAReasonAndIsPlacedOnce() {
        fixture.givenCurrentTime(NOW).andGiven(closedCase())
                .when(new PlaceLegalHold(ID, ""), ACTOR)
                .expectExceptionMessage(IncidentRule.HOLD_NEEDS_A_REASON.sentence());
        fixture.givenCurrentTime(NOW).andGiven(closedCase(new LegalHoldPlaced(ID, "A claim")))
                .when(new PlaceLegalHold(ID, "Another"), ACTOR)
                .expectExceptionMessage(IncidentRule.ALREADY_HELD.sentence());
    }

    @Test
    void onlyAPlacedHoldIsLiftedWithAReason() {
        fixture.givenCurrentTime(NOW).andGiven(closedCase())
                .when(new LiftLegalHold(ID, "Done"), ACTOR)
                .expectExceptionMessage(IncidentRule.NOT_HELD.sentence());
        fixture.givenCurrentTime(NOW).andGiven(closedCase(new LegalHoldPlaced(ID, "A claim")))
                .when(new LiftLegalHold(ID, null), ACTOR)
                .expectExceptionMessage(IncidentRule.LIFT_NEEDS_A_REASON.sentence());
    }

    @Test
    void keepingItLongerMeetsTheReviewAndSetsOneAtTheNewDate() {
        LocalDate until = LocalDate.of(2033, 3, 14); // a Monday
        fixture.givenCurrentTime(NOW).andGiven(closedCase())
                .when(new ExtendRetention(ID, until, "Retirement date given"), ACTOR)
                .expectEvents(new RetentionExtended(ID, until, "Retirement date given"),
                        DEADLINES.met(RETENTION_REVIEW, SIX),
                        DEADLINES.set(RETENTION_REVIEW, "2033-03-14", Instant.parse("2033-03-14T23:59:59.999999999Z"),
                                "dsl"));
    }

    @Test
    void keepingItLongerNeedsALaterDateAndAReason() {
        fixture.givenCurrentTime(NOW).andGiven(closedCase())
                .when(new ExtendRetention(ID, LocalDate.of(2030, 1, 1), "Earlier"), ACTOR)
                .expectExceptionMessage("Keep the case until a date after today and after its review on 4 March 2031.");
        fixture.givenCurrentTime(NOW).andGiven(closedCase())
                .when(new ExtendRetention(ID, LocalDate.of(2040, 1, 1), " "), ACTOR)
                .expectExceptionMessage(IncidentRule.EXTENSION_NEEDS_A_REASON.sentence());
    }

    @Test
    void aConfirmationNamesTheRequestsGround() {
        fixture.givenCurrentTime(NOW).andGiven(closedCase(requestedBy("dsl")))
                .when(new ConfirmDestruction(ID, ErasureGround.ERASURE_REQUEST), AS_DEPUTY)
                .expectExceptionMessage(IncidentRule.CONFIRMATION_ON_THE_REQUESTS_GROUND.sentence())
                .expectNoEvents();
    }

    @Test
    void aConfirmationWithoutAGroundAnswersTheOneAskedOn() {
        fixture.givenCurrentTime(NOW).andGiven(closedCase(requestedBy("dsl")))
                .when(new ConfirmDestruction(ID, null), AS_DEPUTY)
                .expectEvents(new IncidentContentDestroyed(ID, ErasureGround.RETENTION_SCHEDULE),
                        DEADLINES.met(RETENTION_REVIEW, SIX))
                .expectResultMessagePayload(ErasureGround.RETENTION_SCHEDULE);
    }

    @Test
    void aHeldCaseKeepsItsReview() {
        fixture.givenCurrentTime(NOW).andGiven(closedCase())
                .when(new PlaceLegalHold(ID, "Police investigation"), ACTOR)
                .expectEvents(new LegalHoldPlaced(ID, "Police investigation"));
    }
}
