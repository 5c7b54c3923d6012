package uk.tidemark.command.disciplinary;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.disciplinary.AppealDecision;
import uk.tidemark.kernel.disciplinary.command.*;
import uk.tidemark.kernel.disciplinary.event.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static uk.tidemark.command.disciplinary.DisciplinaryCaseAggregate.APPEAL_WINDOW;
import static uk.tidemark.command.disciplinary.DisciplinaryCaseAggregate.WARNING_EXPIRY;
import static uk.tidemark.command.disciplinary.DisciplinaryFixtures.*;
import static uk.tidemark.kernel.disciplinary.DisciplinaryOutcome.*;
import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.*;

/** The appeal window and the expiry of written warnings, run on the fixture's deadline manager and clock. */
class DisciplinaryAppealAndExpiryTest {

    private AggregateTestFixture<DisciplinaryCaseAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void anOutcomeOpensTheAppealWindowUntilTheEndOfTheFifthWorkingDay() {
        fixture.givenCurrentTime(NOW).andGiven(historyTo(HEARING_HELD))
                .when(decide(INFORMAL_ADVICE), ACTOR)
                .expectEvents(decided(INFORMAL_ADVICE))
                .expectScheduledDeadlineWithName(WINDOW_END, APPEAL_WINDOW);
    }

    @Test
    void theAppealWindowClosesByItself() {
        fixture.givenCurrentTime(NOW).andGivenCommands(commandsToOutcome(INFORMAL_ADVICE))
                .whenTimeAdvancesTo(WINDOW_END)
                .expectEvents(new AppealWindowClosed(ID))
                .expectTriggeredDeadlinesWithName(APPEAL_WINDOW);
    }

    @Test
    void anAppealAfterTheWindowIsRefused() {
        List<Object> history = new ArrayList<>(historyTo(OUTCOME));
        history.add(new AppealWindowClosed(ID));
        fixture.givenCurrentTime(NOW).andGiven(history)
                .when(new LodgeAppeal(ID, "Too harsh"), ACTOR)
                .expectException(DisciplinaryRuleViolation.class)
                .expectExceptionMessage("The time for an appeal ended on 2026-03-09; an appeal can no longer be lodged.")
                .expectNoEvents();
    }

    @Test
    void anAppealAfterTheWindowIsRefusedEvenBeforeTheDeadlineIsDelivered() {
        fixture.givenCurrentTime(Instant.parse("2026-03-10T08:00:00Z")).andGiven(historyTo(OUTCOME))
                .when(new LodgeAppeal(ID, "Too harsh"), ACTOR)
                .expectExceptionMessage("The time for an appeal ended on 2026-03-09; an appeal can no longer be lodged.");
    }

    @Test
    void lodgingAnAppealEndsTheWindowSoItNeverCloses() {
        fixture.givenCurrentTime(NOW).andGivenCommands(commandsToOutcome(INFORMAL_ADVICE))
                .when(new LodgeAppeal(ID, "Too harsh"), ACTOR)
                .expectEvents(new AppealLodged(ID, "Too harsh"))
                .expectNoScheduledDeadlines();
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
                        WINDOW_END, SIX_MONTHS_ON))
                .expectScheduledDeadline(SIX_MONTHS_ON, FIRST_WRITTEN_WARNING);
        fixture = fixture(); // a fixture keeps the deadlines it scheduled, so the second story starts afresh
        fixture.givenCurrentTime(NOW).andGivenCommands(commandsToOutcome(FIRST_WRITTEN_WARNING))
                .whenTimeAdvancesTo(SIX_MONTHS_ON)
                .expectEvents(new AppealWindowClosed(ID), new WarningExpired(ID, FIRST_WRITTEN_WARNING))
                .expectTriggeredDeadlinesWithName(APPEAL_WINDOW, WARNING_EXPIRY);
    }

    @Test
    void aFinalWrittenWarningExpiresAfterTwelveMonths() {
        fixture.givenCurrentTime(NOW).andGivenCommands(commandsToOutcome(FINAL_WRITTEN_WARNING))
                .whenTimeAdvancesTo(TWELVE_MONTHS_ON.minusSeconds(1))
                .expectEvents(new AppealWindowClosed(ID));
        fixture = fixture(); // a fixture keeps the deadlines it scheduled, so the second story starts afresh
        fixture.givenCurrentTime(NOW).andGivenCommands(commandsToOutcome(FINAL_WRITTEN_WARNING))
                .whenTimeAdvancesTo(TWELVE_MONTHS_ON)
                .expectEvents(new AppealWindowClosed(ID), new WarningExpired(ID, FINAL_WRITTEN_WARNING))
                .expectTriggeredDeadlinesWithName(APPEAL_WINDOW, WARNING_EXPIRY);
    }

    @Test
    void warningLifetimesAreTheOrganisationsPolicy() {
        fixture = fixture(new DisciplinaryPolicy(5, 5, 3, 24));
        fixture.givenCurrentTime(NOW).andGiven(historyTo(HEARING_HELD))
                .when(decide(FINAL_WRITTEN_WARNING), ACTOR)
                .expectScheduledDeadline(Instant.parse("2028-03-02T10:00:00Z"), FINAL_WRITTEN_WARNING);
    }

    @Test
    void aWarningOverturnedOnAppealNeverExpires() {
        List<Object> commands = new ArrayList<>(commandsToOutcome(FIRST_WRITTEN_WARNING));
        commands.add(signed(new LodgeAppeal(ID, "Too harsh")));
        fixture.givenCurrentTime(NOW).andGivenCommands(commands)
                .when(new DecideAppeal(ID, AppealDecision.OVERTURNED, null, "Procedure not followed"), ACTOR)
                .expectEvents(new AppealDecided(ID, AppealDecision.OVERTURNED, null, "Procedure not followed", null))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aWarningVariedOnAppealRunsFromTheOriginalOutcome() {
        List<Object> commands = new ArrayList<>(commandsToOutcome(FINAL_WRITTEN_WARNING));
        commands.add(signed(new LodgeAppeal(ID, "Too harsh")));
        fixture.givenCurrentTime(NOW).andGivenCommands(commands)
                .when(new DecideAppeal(ID, AppealDecision.VARIED, FIRST_WRITTEN_WARNING, "Mitigation"), ACTOR)
                .expectEvents(new AppealDecided(ID, AppealDecision.VARIED, FIRST_WRITTEN_WARNING, "Mitigation", SIX_MONTHS_ON))
                .expectScheduledDeadline(SIX_MONTHS_ON, FIRST_WRITTEN_WARNING)
                .expectNoScheduledDeadline(TWELVE_MONTHS_ON, FINAL_WRITTEN_WARNING);
    }

    @Test
    void anUpheldWarningKeepsItsExpiry() {
        List<Object> commands = new ArrayList<>(commandsToOutcome(FINAL_WRITTEN_WARNING));
        commands.add(signed(new LodgeAppeal(ID, "Too harsh")));
        fixture.givenCurrentTime(NOW).andGivenCommands(commands)
                .when(new DecideAppeal(ID, AppealDecision.UPHELD, null, "Fair"), ACTOR)
                .expectEvents(new AppealDecided(ID, AppealDecision.UPHELD, null, "Fair", TWELVE_MONTHS_ON))
                .expectScheduledDeadline(TWELVE_MONTHS_ON, FINAL_WRITTEN_WARNING);
    }

    @Test
    void aVariedDecisionNamesTheNewOutcomeAndNoOtherDecisionDoes() {
        String sentence = "When the appeal varies the outcome, say what the new outcome is (and only then).";
        fixture.given(historyTo(APPEAL))
                .when(new DecideAppeal(ID, AppealDecision.VARIED, null, "Mitigation"), ACTOR)
                .expectException(DisciplinaryRuleViolation.class).expectExceptionMessage(sentence);
        fixture.given(historyTo(APPEAL))
                .when(new DecideAppeal(ID, AppealDecision.UPHELD, NO_ACTION, "Fair"), ACTOR)
                .expectException(DisciplinaryRuleViolation.class).expectExceptionMessage(sentence);
    }

    @Test
    void anAppealIsDecidedOnce() {
        List<Object> history = new ArrayList<>(historyTo(APPEAL));
        history.add(new AppealDecided(ID, AppealDecision.UPHELD, null, "Fair", SIX_MONTHS_ON));
        fixture.given(history)
                .when(new DecideAppeal(ID, AppealDecision.OVERTURNED, null, "Second thoughts"), ACTOR)
                .expectExceptionMessage("This appeal has already been decided, and its decision is final.");
    }

    @Test
    void aWarningExpiresEvenAfterTheCaseIsClosed() {
        List<Object> commands = new ArrayList<>(commandsToOutcome(FIRST_WRITTEN_WARNING));
        commands.add(signed(new LodgeAppeal(ID, "Too harsh")));
        commands.add(signed(new DecideAppeal(ID, AppealDecision.UPHELD, null, "Fair")));
        commands.add(signed(new CloseDisciplinaryCase(ID, "Concluded")));
        fixture.givenCurrentTime(NOW).andGivenCommands(commands)
                .whenTimeAdvancesTo(SIX_MONTHS_ON)
                .expectEvents(new WarningExpired(ID, FIRST_WRITTEN_WARNING))
                .expectDeadlinesMet(FIRST_WRITTEN_WARNING);
    }
}
