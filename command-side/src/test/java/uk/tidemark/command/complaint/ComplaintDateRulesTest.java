package uk.tidemark.command.complaint;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.command.ReceiveComplaint;
import uk.tidemark.kernel.complaint.command.SchedulePanelHearing;
import uk.tidemark.kernel.complaint.event.ComplaintReceived;
import uk.tidemark.kernel.complaint.event.PanelHearingRecorded;
import uk.tidemark.kernel.complaint.event.PanelHearingScheduled;
import uk.tidemark.kernel.time.DateRefusedException;
import uk.tidemark.kernel.complaint.ComplaintState;

import java.time.Instant;
import java.time.LocalDate;

import static uk.tidemark.command.complaint.ComplaintFixtures.*;

/**
 * A panel hearing's date (decision 0027): inside 1900-2100, and not before the day the panel was asked for (the
 * history's events are stamped at the fixture's time, 2 March 2026). Both refusals name {@code heldOn}.
 */
class ComplaintDateRulesTest {

    private AggregateTestFixture<ComplaintAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void aPanelCannotHaveMetBeforeItWasAskedFor() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(ComplaintState.PANEL_REQUESTED))
                .andGivenCurrentTime(Instant.parse("2026-03-04T09:00:00Z"))
                .when(hearing(LocalDate.of(2026, 3, 1)), ACTOR)
                .expectException(DateRefusedException.class)
                .expectExceptionMessage("heldOn must not be before Monday 2 March 2026, the day the panel was asked for.")
                .expectNoEvents();
    }

    @Test
    void aPanelMeetingOnTheDayOfTheRequestOrLaterIsRecorded() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(ComplaintState.PANEL_REQUESTED))
                .andGivenCurrentTime(Instant.parse("2026-03-04T09:00:00Z"))
                .when(hearing(LocalDate.of(2026, 3, 3)), ACTOR)
                .expectEvents(new PanelHearingRecorded(ID, LocalDate.of(2026, 3, 3), PANEL));
    }

    @Test
    void aHearingDateOutsideTheWindowIsRefused() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(ComplaintState.PANEL_REQUESTED))
                .when(hearing(LocalDate.MIN), ACTOR)
                .expectException(DateRefusedException.class)
                .expectExceptionMessage("heldOn must be between 1900-01-01 and 2100-12-31.")
                .expectNoEvents();
    }

    /** Decision 0047: a panel hearing is set ahead, then recorded as held on or after that day. */
    @Test
    void aPanelHearingIsSetAheadAndRecordedAsHeldLater() {
        LocalDate setFor = LocalDate.of(2026, 3, 20);
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(ComplaintState.PANEL_REQUESTED))
                .when(new SchedulePanelHearing(ID, setFor), ACTOR)
                .expectEvents(new PanelHearingScheduled(ID, setFor, true));
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(ComplaintState.PANEL_REQUESTED))
                .andGiven(new PanelHearingScheduled(ID, setFor, true))
                .andGivenCurrentTime(Instant.parse("2026-03-23T09:00:00Z"))
                .when(hearing(LocalDate.of(2026, 3, 19)), ACTOR)
                .expectException(DateRefusedException.class)
                .expectExceptionMessage("heldOn must not be before Friday 20 March 2026, the day the panel hearing "
                        + "was set for.")
                .expectNoEvents();
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(ComplaintState.PANEL_REQUESTED))
                .andGiven(new PanelHearingScheduled(ID, setFor, true))
                .andGivenCurrentTime(Instant.parse("2026-03-23T09:00:00Z"))
                .when(hearing(setFor), ACTOR)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aPanelHearingSetAfterItsTimescaleIsRecordedAsLate() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(ComplaintState.PANEL_REQUESTED))
                .when(new SchedulePanelHearing(ID, PANEL_DUE_BY.plusDays(1)), ACTOR)
                .expectEvents(new PanelHearingScheduled(ID, PANEL_DUE_BY.plusDays(1), false));
    }

    @Test
    void aPanelHearingIsNotSetInThePast() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(ComplaintState.PANEL_REQUESTED))
                .andGivenCurrentTime(Instant.parse("2026-03-04T09:00:00Z"))
                .when(new SchedulePanelHearing(ID, LocalDate.of(2026, 3, 3)), ACTOR)
                .expectException(DateRefusedException.class)
                .expectExceptionMessage("hearingOn must be today or later, and not before Monday 2 March 2026, the "
                        + "day the panel was asked for.")
                .expectNoEvents();
    }

    @Test
    void aPanelHearingIsSetOnlyOnceAPanelIsRequested() {
        fixture.givenCurrentTime(MONDAY_2_MARCH).andGiven(history(ComplaintState.RESPONDED))
                .when(new SchedulePanelHearing(ID, PANEL_DUE_BY), ACTOR)
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage("No panel has been requested for this complaint, so no hearing can be arranged.");
    }

    /** Decision 0047: a complaint received by post last week counts its timescales from the day it came. */
    @Test
    void aComplaintIsRecordedWithTheDayItWasReceived() {
        LocalDate lastWednesday = LocalDate.of(2026, 2, 25);
        fixture.givenCurrentTime(MONDAY_2_MARCH)
                .when(new ReceiveComplaint(ID, "setting-1", ComplaintChannel.EMAIL, "Parent D",
                        "The school's reply about a class post was unhelpful", null, lastWednesday), ACTOR)
                .expectEvents(new ComplaintReceived(ID, "setting-1", ComplaintChannel.EMAIL, "Parent D",
                                "The school's reply about a class post was unhelpful", null,
                                LocalDate.of(2026, 3, 4), "sbm", uk.tidemark.command.References.REFERENCE,
                                lastWednesday),
                        due(uk.tidemark.kernel.deadline.DeadlineKind.COMPLAINT_ACKNOWLEDGEMENT,
                                LocalDate.of(2026, 3, 4)));
    }

    @Test
    void aComplaintIsNotReceivedInTheFuture() {
        fixture.givenCurrentTime(MONDAY_2_MARCH)
                .when(new ReceiveComplaint(ID, "setting-1", ComplaintChannel.EMAIL, "Parent D", "Summary", null,
                        LocalDate.of(2026, 3, 3)), ACTOR)
                .expectException(DateRefusedException.class)
                .expectExceptionMessage("receivedOn must not be in the future: a complaint is recorded once it has "
                        + "been received.")
                .expectNoEvents();
    }
}
