package uk.tidemark.command.complaint;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.kernel.complaint.command.AcknowledgeComplaint;
import uk.tidemark.kernel.complaint.ComplaintState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static uk.tidemark.command.complaint.ComplaintFixtures.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.*;

/**
 * A complaint's timescales as deadlines, owned by whoever received it: met by the step they time, missed when
 * their last day ends first, and cancelled when the complaint is withdrawn or closed before they fall due.
 * (Their due dates across weekends and bank holidays are in ComplaintTimescalesTest.)
 */
class ComplaintDeadlinesTest {

    private static final Instant ACKNOWLEDGEMENT_DUE = WorkingCalendar.endOf(ACKNOWLEDGE_BY);
    private static final Instant RESPONSE_DUE = WorkingCalendar.endOf(RESPONSE_DUE_BY);
    private static final Instant PANEL_DUE = WorkingCalendar.endOf(PANEL_DUE_BY);

    private AggregateTestFixture<ComplaintAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static List<Object> signed(Object... commands) {
        return Stream.of(commands).<Object>map(c -> GenericCommandMessage.asCommandMessage(c).andMetaData(ACTOR)).toList();
    }

    private static List<Object> toFormalStage() {
        return signed(receive(null), new AcknowledgeComplaint(ID), escalate());
    }

    private static List<Object> toPanel() {
        return signed(receive(null), new AcknowledgeComplaint(ID), escalate(), respond(), requestPanel());
    }

    @Test
    void theAcknowledgementIsDueByTheEndOfItsLastDay() {
        fixture.givenCurrentTime(MONDAY_2_MARCH)
                .when(receive(null), ACTOR)
                .expectEvents(received(), DEADLINES.set(COMPLAINT_ACKNOWLEDGEMENT, "1",
                        Instant.parse("2026-03-09T23:59:59.999999999Z"), OWNER))
                .expectScheduledDeadline(ACKNOWLEDGEMENT_DUE, DEADLINES.id(COMPLAINT_ACKNOWLEDGEMENT, "1"));
    }

    @Test
    void acknowledgingMeetsIt() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands(signed(receive(null)))
                .when(new AcknowledgeComplaint(ID), ACTOR)
                .expectEvents(acknowledged(), DEADLINES.met(COMPLAINT_ACKNOWLEDGEMENT, "1"));
    }

    @Test
    void anUnacknowledgedComplaintMissesIt() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands(signed(receive(null)))
                .whenTimeAdvancesTo(ACKNOWLEDGEMENT_DUE)
                .expectEvents(DEADLINES.missed(COMPLAINT_ACKNOWLEDGEMENT, "1", ACKNOWLEDGEMENT_DUE, OWNER));
    }

    @Test
    void anAcknowledgedComplaintMissesNothingWhenTheDayEnds() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands(signed(receive(null), new AcknowledgeComplaint(ID)))
                .whenTimeAdvancesTo(ACKNOWLEDGEMENT_DUE)
                .expectNoEvents();
    }

    @Test
    void aWithdrawalBeforeTheAcknowledgementCancelsIt() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands(signed(receive(null)))
                .when(withdraw(), ACTOR)
                .expectEvents(withdrawn(), DEADLINES.cancelled(COMPLAINT_ACKNOWLEDGEMENT, "1", "The complaint was withdrawn."));
    }

    @Test
    void aCancelledDeadlineIsNotMissedWhenItsDayEnds() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands(signed(receive(null), withdraw()))
                .whenTimeAdvancesTo(ACKNOWLEDGEMENT_DUE)
                .expectNoEvents();
    }

    @Test
    void theFormalResponseMeetsItsDeadline() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands(toFormalStage())
                .when(respond(), ACTOR)
                .expectEvents(responded(), DEADLINES.met(COMPLAINT_RESPONSE, "1"));
    }

    @Test
    void noFormalResponseInTimeIsMissed() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands(toFormalStage())
                .whenTimeAdvancesTo(RESPONSE_DUE)
                .expectEvents(DEADLINES.missed(COMPLAINT_RESPONSE, "1", RESPONSE_DUE, OWNER));
    }

    @Test
    void aWithdrawalAtTheFormalStageCancelsTheResponse() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands(toFormalStage())
                .when(withdraw(), ACTOR)
                .expectEvents(withdrawn(), DEADLINES.cancelled(COMPLAINT_RESPONSE, "1", "The complaint was withdrawn."));
    }

    @Test
    void theHearingMeetsThePanelDeadline() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands(toPanel())
                .when(hearing(HEARD_ON), ACTOR)
                .expectEvents(heard(), DEADLINES.met(COMPLAINT_PANEL, "1"));
    }

    @Test
    void aDecisionMeetsAPanelDeadlineTheHearingDidNot() {
        // a history from before the hearing met the panel deadline: the decision meets it instead
        List<Object> history = new ArrayList<>(history(ComplaintState.HEARD));
        history.add(due(COMPLAINT_PANEL, PANEL_DUE_BY));
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history)
                .when(decide(), ACTOR)
                .expectEvents(decided(), DEADLINES.met(COMPLAINT_PANEL, "1"));
    }

    @Test
    void noPanelInTimeIsMissed() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGivenCommands(toPanel())
                .whenTimeAdvancesTo(PANEL_DUE)
                .expectEvents(DEADLINES.missed(COMPLAINT_PANEL, "1", PANEL_DUE, OWNER));
    }

    @Test
    void closingCancelsWhateverIsStillPending() {
        // closing needs a response or a decision, which meet their deadlines: only a history that never recorded
        // the meeting leaves one pending, and closing still cancels it
        List<Object> history = new ArrayList<>(history(ComplaintState.RESPONDED));
        history.add(due(COMPLAINT_RESPONSE, RESPONSE_DUE_BY));
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history)
                .when(close(), ACTOR)
                .expectEvents(closed(), DEADLINES.cancelled(COMPLAINT_RESPONSE, "1", "The complaint was closed."));
    }
}
