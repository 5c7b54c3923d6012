package uk.tidemark.command.complaint;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.complaint.command.AcknowledgeComplaint;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.complaint.event.PanelHearingRecorded;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.containsString;
import static uk.tidemark.command.complaint.ComplaintFixtures.*;
import static uk.tidemark.kernel.complaint.ComplaintState.*;

/** Each rule of the complaint named and held from both sides, beyond what the matrix already walks through. */
class ComplaintRulesTest {

    private AggregateTestFixture<ComplaintAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void whoReceivedTheComplaintIsTheSignedInUser() {
        fixture.givenCurrentTime(MONDAY_2_MARCH)
                .when(receive(null), ACTOR)
                .expectSuccessfulHandlerExecution()
                .expectEvents(received(), due(DeadlineKind.COMPLAINT_ACKNOWLEDGEMENT, ACKNOWLEDGE_BY));
    }

    @Test
    void aComplaintRedirectedFromAnIncidentKeepsTheLink() {
        fixture.givenCurrentTime(MONDAY_2_MARCH)
                .when(receive(INCIDENT), ACTOR)
                .expectEvents(received(INCIDENT, ACKNOWLEDGE_BY), due(DeadlineKind.COMPLAINT_ACKNOWLEDGEMENT, ACKNOWLEDGE_BY));
    }

    @Test
    void aComplaintCannotBeReceivedWithoutKnowingWhoRecordsIt() {
        fixture.givenCurrentTime(MONDAY_2_MARCH)
                .when(receive(null), Map.of("actor", " "))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(ComplaintRule.ACTOR_REQUIRED.sentence())
                .expectNoEvents();
    }

    @Test
    void nothingIsRecordedOnAComplaintWithoutKnowingWhoDidIt() {
        fixture.given(history(RECEIVED))
                .when(new AcknowledgeComplaint(ID))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage("This cannot be recorded without knowing who is making the change; sign in and try again.")
                .expectNoEvents();
    }

    @Test
    void aComplaintIsAcknowledgedOnlyOnce() {
        fixture.given(history(ACKNOWLEDGED))
                .when(new AcknowledgeComplaint(ID), ACTOR)
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage("This complaint has already been acknowledged.")
                .expectNoEvents();
    }

    @Test
    void anInformalResolutionNeedsTheAcknowledgementFirst() {
        fixture.given(history(RECEIVED))
                .when(resolve(), ACTOR)
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage("Acknowledge the complaint first: the complainant must know it has been received.");
    }

    @Test
    void anInformallyResolvedComplaintCanStillGoToTheFormalStage() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(INFORMAL))
                .when(escalate(), ACTOR)
                .expectEvents(escalated(RESPONSE_DUE_BY), due(DeadlineKind.COMPLAINT_RESPONSE, RESPONSE_DUE_BY));
    }

    @Test
    void aFormalResponseOnlyAtTheFormalStage() {
        fixture.given(history(INFORMAL))
                .when(respond(), ACTOR)
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage("A formal response can only be recorded once the complaint is at the formal stage.");
    }

    @Test
    void aPanelNeedsAFormalResponseFirst() {
        fixture.given(history(FORMAL))
                .when(requestPanel(), ACTOR)
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage("A panel can only be requested after the formal stage has given its written response.")
                .expectNoEvents();
    }

    @Test
    void aPanelDecisionNeedsTheHearingFirst() {
        fixture.given(history(PANEL_REQUESTED))
                .when(decide(), ACTOR)
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage("The panel must hold its hearing before its decision is recorded.")
                .expectNoEvents();
    }

    @Test
    void aHearingIsRecordedOnlyOnceItHasTakenPlace() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(PANEL_REQUESTED))
                .when(hearing(LocalDate.of(2026, 3, 3)), ACTOR)
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(ComplaintRule.HEARING_NOT_IN_THE_FUTURE.sentence())
                .expectNoEvents();
    }

    @Test
    void aHearingHeldTodayCanBeRecordedToday() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(PANEL_REQUESTED))
                .when(hearing(LocalDate.of(2026, 3, 2)), ACTOR)
                .expectEvents(new PanelHearingRecorded(ID,
                        LocalDate.of(2026, 3, 2), PANEL));
    }

    @Test
    void aComplaintAtTheFormalStageCannotBeClosedBeforeItsResponse() {
        fixture.given(history(FORMAL))
                .when(close(), ACTOR)
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage("Record the formal response before closing the complaint.");
    }

    @Test
    void aComplaintAtPanelCannotBeClosedBeforeTheDecision() {
        fixture.given(history(HEARD))
                .when(close(), ACTOR)
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage("Record the panel's decision before closing the complaint.");
    }

    @Test
    void anUnresolvedComplaintIsWithdrawnRatherThanClosed() {
        fixture.given(history(ACKNOWLEDGED))
                .when(close(), ACTOR)
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("record a withdrawal"));
        fixture.given(history(ACKNOWLEDGED))
                .when(withdraw(), ACTOR)
                .expectEvents(withdrawn());
    }

    @Test
    void nothingIsRecordedAfterAComplaintIsClosed() {
        fixture.given(history(CLOSED))
                .when(escalate(), ACTOR)
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage("This complaint is closed; nothing more can be recorded on it.")
                .expectNoEvents();
    }

    @Test
    void nothingIsRecordedAfterAComplaintIsWithdrawn() {
        fixture.given(history(WITHDRAWN))
                .when(withdraw(), ACTOR)
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage("This complaint has been withdrawn; nothing more can be recorded on it.")
                .expectNoEvents();
    }

    @Test
    void aRedirectedComplaintGoesThroughTheFormalAndPanelStagesToClosure() {
        fixture.givenCurrentTime(MONDAY_2_MARCH)
                .andGivenCommands(Stream.of(receive(INCIDENT), new AcknowledgeComplaint(ID), escalate(), respond(),
                                requestPanel(), hearing(HEARD_ON), decide())
                        .map(command -> GenericCommandMessage.asCommandMessage(command).andMetaData(ACTOR)).toList())
                .when(close(), ACTOR)
                .expectEvents(closed());
    }
}
