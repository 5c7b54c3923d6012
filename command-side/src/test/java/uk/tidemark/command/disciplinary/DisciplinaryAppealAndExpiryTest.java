package uk.tidemark.command.disciplinary;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.disciplinary.AppealDecision;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.disciplinary.command.*;
import uk.tidemark.kernel.disciplinary.event.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static uk.tidemark.command.deadline.CaseDeadlines.DEADLINE_NAME;
import static uk.tidemark.command.disciplinary.DisciplinaryFixtures.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.APPEAL_WINDOW;
import static uk.tidemark.kernel.deadline.DeadlineKind.WARNING_EXPIRY;
import static uk.tidemark.kernel.disciplinary.DisciplinaryOutcome.*;
import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.*;

/**
 * The appeal window and the expiry of written warnings, run on the fixture's deadline manager and clock. Both
 * are periods that end by themselves: their end meets their deadline, it is never missed.
 */
class DisciplinaryAppealAndExpiryTest {

    private static final String WINDOW = DEADLINES.id(APPEAL_WINDOW, "1");
    private static final String EXPIRY = DEADLINES.id(WARNING_EXPIRY, "1");
    private static final String VARIED_EXPIRY = DEADLINES.id(WARNING_EXPIRY, "2");

    private AggregateTestFixture<DisciplinaryCaseAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void anOutcomeOpensTheAppealWindowUntilTheEndOfTheFifthWorkingDay() {
        fixture.givenCurrentTime(NOW).andGiven(historyTo(HEARING_HELD))
                .when(decide(INFORMAL_ADVICE), ACTOR)
                .expectEvents(decided(INFORMAL_ADVICE), DEADLINES.set(APPEAL_WINDOW, "1", WINDOW_END, OWNER))
                .expectScheduledDeadlineWithName(WINDOW_END, DEADLINE_NAME)
                .expectScheduledDeadline(WINDOW_END, WINDOW);
    }

    @Test
    void noActionOpensNoAppealWindow() {
        fixture.givenCurrentTime(NOW).andGiven(historyTo(HEARING_HELD))
                .when(decide(NO_ACTION), ACTOR)
                .expectEvents(decided(NO_ACTION))
                .expectNoScheduledDeadlines();
    }

    @Test
    void theAppealWindowClosesByItselfAndThatMeetsIt() {
        givenCommandsToOutcome(fixture, INFORMAL_ADVICE)
                .whenTimeAdvancesTo(WINDOW_END)
                .expectEvents(new AppealWindowClosed(ID), DEADLINES.met(APPEAL_WINDOW, "1"))
                .expectTriggeredDeadlines(WINDOW);
    }

    @Test
    void anAppealAfterTheWindowIsRefused() {
        List<Object> history = new ArrayList<>(historyTo(OUTCOME));
        history.add(new AppealWindowClosed(ID));
        fixture.givenCurrentTime(NOW).andGiven(history)
                .when(new LodgeAppeal(ID, "Too harsh"), ACTOR)
                .expectException(DisciplinaryRuleViolation.class)
                .expectExceptionMessage("The time for an appeal ended on Monday 9 March 2026; an appeal can no longer be lodged.")
                .expectNoEvents();
    }

    @Test
    void anAppealAfterTheWindowIsRefusedEvenBeforeTheDeadlineIsDelivered() {
        fixture.givenCurrentTime(Instant.parse("2026-03-10T08:00:00Z")).andGiven(historyTo(OUTCOME))
                .when(new LodgeAppeal(ID, "Too harsh"), ACTOR)
                .expectExceptionMessage("The time for an appeal ended on Monday 9 March 2026; an appeal can no longer be lodged.");
    }

    @Test
    void lodgingAnAppealMeetsTheWindow() {
        givenCommandsToOutcome(fixture, INFORMAL_ADVICE)
                .when(new LodgeAppeal(ID, "Too harsh"), ACTOR)
                .expectEvents(new AppealLodged(ID, "Too harsh"), DEADLINES.met(APPEAL_WINDOW, "1"));
    }

    @Test
    void theWindowsEndAfterAnAppealChangesNothing() {
        givenCommandsToOutcome(fixture, INFORMAL_ADVICE, new LodgeAppeal(ID, "Too harsh"))
                .whenTimeAdvancesTo(WINDOW_END)
                .expectNoEvents()
                .expectTriggeredDeadlines(WINDOW);
    }

    @Test
    void noActionCannotBeAppealed() {
        fixture.givenCurrentTime(NOW).andGiven(historyTo(OUTCOME, false, false, NO_ACTION))
                .when(new LodgeAppeal(ID, "Too harsh"), ACTOR)
                .expectExceptionMessage("No action was taken against the employee, so there is nothing to appeal against.");
    }

    @Test
    void aFirstWrittenWarningExpiresAfterSixMonths() {
        fixture.givenCurrentTime(NOW).andGiven(historyTo(HEARING_HELD))
                .when(decide(FIRST_WRITTEN_WARNING), ACTOR)
                .expectEvents(new OutcomeDecided(ID, FIRST_WRITTEN_WARNING, "Breach of the code of conduct", NOW,
                                WINDOW_END, SIX_MONTHS_ON),
                        DEADLINES.set(APPEAL_WINDOW, "1", WINDOW_END, OWNER),
                        DEADLINES.set(WARNING_EXPIRY, "1", SIX_MONTHS_ON, OWNER))
                .expectScheduledDeadline(SIX_MONTHS_ON, EXPIRY);
        fixture = fixture(); // a fixture keeps the deadlines it scheduled, so the second story starts afresh
        givenCommandsToOutcome(fixture, FIRST_WRITTEN_WARNING)
                .whenTimeAdvancesTo(SIX_MONTHS_ON)
                .expectEvents(new AppealWindowClosed(ID), DEADLINES.met(APPEAL_WINDOW, "1"),
                        new WarningExpired(ID, FIRST_WRITTEN_WARNING), DEADLINES.met(WARNING_EXPIRY, "1"))
                .expectTriggeredDeadlinesWithName(DEADLINE_NAME, DEADLINE_NAME);
    }

    @Test
    void aFinalWrittenWarningExpiresAfterTwelveMonths() {
        givenCommandsToOutcome(fixture, FINAL_WRITTEN_WARNING)
                .whenTimeAdvancesTo(TWELVE_MONTHS_ON.minusSeconds(1))
                .expectEvents(new AppealWindowClosed(ID), DEADLINES.met(APPEAL_WINDOW, "1"));
        fixture = fixture(); // a fixture keeps the deadlines it scheduled, so the second story starts afresh
        givenCommandsToOutcome(fixture, FINAL_WRITTEN_WARNING)
                .whenTimeAdvancesTo(TWELVE_MONTHS_ON)
                .expectEvents(new AppealWindowClosed(ID), DEADLINES.met(APPEAL_WINDOW, "1"),
                        new WarningExpired(ID, FINAL_WRITTEN_WARNING), DEADLINES.met(WARNING_EXPIRY, "1"));
    }

    @Test
    void warningLifetimesAreTheOrganisationsPolicy() {
        fixture = fixture(new DisciplinaryPolicy(5, 5, 3, 24));
        fixture.givenCurrentTime(NOW).andGiven(historyTo(HEARING_HELD))
                .when(decide(FINAL_WRITTEN_WARNING), ACTOR)
                .expectScheduledDeadline(Instant.parse("2028-03-02T10:00:00Z"), EXPIRY);
    }

    @Test
    void aWarningOverturnedOnAppealIsCancelled() {
        givenCommandsToOutcome(fixture, FIRST_WRITTEN_WARNING, new LodgeAppeal(ID, "Too harsh"))
                .when(new DecideAppeal(ID, AppealDecision.OVERTURNED, null, "Procedure not followed"), ACTOR)
                .expectEvents(new AppealDecided(ID, AppealDecision.OVERTURNED, null, "Procedure not followed", null),
                        DEADLINES.cancelled(WARNING_EXPIRY, "1", "The warning was overturned on appeal."));
    }

    @Test
    void aWarningOverturnedOnAppealNeverExpires() {
        givenCommandsToOutcome(fixture, FIRST_WRITTEN_WARNING, new LodgeAppeal(ID, "Too harsh"),
                new DecideAppeal(ID, AppealDecision.OVERTURNED, null, "Procedure not followed"))
                .whenTimeAdvancesTo(SIX_MONTHS_ON)
                .expectNoEvents()
                .expectTriggeredDeadlines(WINDOW, EXPIRY);
    }

    @Test
    void aWarningVariedOnAppealRunsFromTheOriginalOutcome() {
        givenCommandsToOutcome(fixture, FINAL_WRITTEN_WARNING, new LodgeAppeal(ID, "Too harsh"))
                .when(new DecideAppeal(ID, AppealDecision.VARIED, FIRST_WRITTEN_WARNING, "Mitigation"), ACTOR)
                .expectEvents(new AppealDecided(ID, AppealDecision.VARIED, FIRST_WRITTEN_WARNING, "Mitigation", SIX_MONTHS_ON),
                        DEADLINES.cancelled(WARNING_EXPIRY, "1", "The outcome was varied on appeal."),
                        DEADLINES.set(WARNING_EXPIRY, "2", SIX_MONTHS_ON, OWNER))
                .expectScheduledDeadline(SIX_MONTHS_ON, VARIED_EXPIRY);
    }

    @Test
    void aVariedWarningExpiresOnceAndTheReplacedOneNever() {
        givenCommandsToOutcome(fixture, FINAL_WRITTEN_WARNING, new LodgeAppeal(ID, "Too harsh"),
                new DecideAppeal(ID, AppealDecision.VARIED, FIRST_WRITTEN_WARNING, "Mitigation"))
                .whenTimeAdvancesTo(TWELVE_MONTHS_ON)
                .expectEvents(new WarningExpired(ID, FIRST_WRITTEN_WARNING), DEADLINES.met(WARNING_EXPIRY, "2"));
    }

    @Test
    void aWarningVariedToNoWarningIsCancelledAndNotReplaced() {
        givenCommandsToOutcome(fixture, FINAL_WRITTEN_WARNING, new LodgeAppeal(ID, "Too harsh"))
                .when(new DecideAppeal(ID, AppealDecision.VARIED, INFORMAL_ADVICE, "Mitigation"), ACTOR)
                .expectEvents(new AppealDecided(ID, AppealDecision.VARIED, INFORMAL_ADVICE, "Mitigation", null),
                        DEADLINES.cancelled(WARNING_EXPIRY, "1", "The outcome was varied on appeal."));
    }

    @Test
    void anUpheldWarningKeepsItsExpiry() {
        givenCommandsToOutcome(fixture, FINAL_WRITTEN_WARNING, new LodgeAppeal(ID, "Too harsh"))
                .when(new DecideAppeal(ID, AppealDecision.NOT_UPHELD, null, "Fair"), ACTOR)
                .expectEvents(new AppealDecided(ID, AppealDecision.NOT_UPHELD, null, "Fair", TWELVE_MONTHS_ON))
                .expectScheduledDeadline(TWELVE_MONTHS_ON, EXPIRY);
    }

    @Test
    void aVariedDecisionNamesTheNewOutcomeAndNoOtherDecisionDoes() {
        String sentence = "When the appeal varies the outcome, say what the new outcome is (and only then).";
        fixture.given(historyTo(APPEAL))
                .when(new DecideAppeal(ID, AppealDecision.VARIED, null, "Mitigation"), ACTOR)
                .expectException(DisciplinaryRuleViolation.class).expectExceptionMessage(sentence);
        fixture.given(historyTo(APPEAL))
                .when(new DecideAppeal(ID, AppealDecision.NOT_UPHELD, NO_ACTION, "Fair"), ACTOR)
                .expectException(DisciplinaryRuleViolation.class).expectExceptionMessage(sentence);
    }

    @Test
    void anAppealIsDecidedOnce() {
        List<Object> history = new ArrayList<>(historyTo(APPEAL));
        history.add(new AppealDecided(ID, AppealDecision.NOT_UPHELD, null, "Fair", SIX_MONTHS_ON));
        fixture.given(history)
                .when(new DecideAppeal(ID, AppealDecision.OVERTURNED, null, "Second thoughts"), ACTOR)
                .expectExceptionMessage("This appeal has already been decided, and its decision is final.");
    }

    @Test
    void aWarningExpiresEvenAfterTheCaseIsClosed() {
        givenCommandsToOutcome(fixture, FIRST_WRITTEN_WARNING, new LodgeAppeal(ID, "Too harsh"),
                new DecideAppeal(ID, AppealDecision.NOT_UPHELD, null, "Fair"), new CloseDisciplinaryCase(ID, "Concluded"))
                .whenTimeAdvancesTo(SIX_MONTHS_ON)
                .expectEvents(new WarningExpired(ID, FIRST_WRITTEN_WARNING), DEADLINES.met(WARNING_EXPIRY, "1"))
                .expectTriggeredDeadlines(WINDOW, EXPIRY);
    }

    @Test
    void theAppealWindowOfAClosedCaseEndsWithoutClosingAgain() {
        List<Object> history = new ArrayList<>(historyTo(OUTCOME, false, false, INFORMAL_ADVICE));
        history.add(DEADLINES.set(APPEAL_WINDOW, "1", WINDOW_END, OWNER));
        history.add(new DisciplinaryCaseClosed(ID, "Concluded"));
        fixture.given(history)
                .whenInvoking(ID.value(), aggregate -> aggregate.deadlineReached(WINDOW))
                .expectEvents(DEADLINES.met(APPEAL_WINDOW, "1"));
    }

    @Test
    void aWindowScheduledUnderTheOldNameStillCloses() {
        fixture.given(historyTo(OUTCOME))
                .whenInvoking(ID.value(), DisciplinaryCaseAggregate::legacyAppealWindowEnded)
                .expectEvents(new AppealWindowClosed(ID));
        fixture.given(historyTo(APPEAL))
                .whenInvoking(ID.value(), DisciplinaryCaseAggregate::legacyAppealWindowEnded)
                .expectNoEvents();
    }

    @Test
    void anExpiryScheduledUnderTheOldNameExpiresOnlyAWarningThatStillStands() {
        fixture.given(historyTo(OUTCOME))
                .whenInvoking(ID.value(), aggregate -> aggregate.legacyWarningExpired(FIRST_WRITTEN_WARNING))
                .expectEvents(new WarningExpired(ID, FIRST_WRITTEN_WARNING));
        List<Object> overturned = new ArrayList<>(historyTo(APPEAL));
        overturned.add(new AppealDecided(ID, AppealDecision.OVERTURNED, null, "Procedure not followed", null));
        fixture.given(overturned)
                .whenInvoking(ID.value(), aggregate -> aggregate.legacyWarningExpired(FIRST_WRITTEN_WARNING))
                .expectNoEvents();
        List<Object> varied = new ArrayList<>(historyTo(APPEAL));
        varied.add(new AppealDecided(ID, AppealDecision.VARIED, FIRST_WRITTEN_WARNING, "Mitigation", SIX_MONTHS_ON));
        varied.add(DEADLINES.set(WARNING_EXPIRY, "2", SIX_MONTHS_ON, OWNER));
        fixture.given(varied)
                .whenInvoking(ID.value(), aggregate -> aggregate.legacyWarningExpired(FIRST_WRITTEN_WARNING))
                .expectNoEvents();
    }
}
