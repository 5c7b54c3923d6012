package uk.tidemark.command.disciplinary;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.disciplinary.command.RecordHearingHeld;
import uk.tidemark.kernel.disciplinary.command.RecordResignation;
import uk.tidemark.kernel.disciplinary.event.HearingHeld;
import uk.tidemark.kernel.disciplinary.event.InvitedToHearing;
import uk.tidemark.kernel.time.DateRefusedException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static uk.tidemark.command.disciplinary.DisciplinaryFixtures.*;
import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.*;

/**
 * The dates of an HR case (decision 0027): a hearing date or a resignation's date outside 1900-2100 never reaches the
 * notice arithmetic or the scheduler (a hearing "on" 31 December 999999999 was once missed at once), and a hearing is
 * recorded as held on or after its date, never before it.
 */
class DisciplinaryDateRulesTest {

    private AggregateTestFixture<DisciplinaryCaseAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void aHearingDateOutsideTheWindowSchedulesNothing() {
        for (LocalDate on : List.of(LocalDate.MAX, LocalDate.of(2101, 1, 1), LocalDate.MIN,
                LocalDate.of(1899, 12, 31))) {
            fixture.givenCurrentTime(NOW).andGiven(historyTo(INVESTIGATION))
                    .when(invite(on), ACTOR)
                    .expectException(DateRefusedException.class)
                    .expectExceptionMessage("hearingOn must be between 1900-01-01 and 2100-12-31.")
                    .expectNoEvents()
                    .expectNoScheduledDeadlines();
        }
    }

    @Test
    void aResignationDateOutsideTheWindowIsRefused() {
        fixture.given(historyTo(INVESTIGATION))
                .when(new RecordResignation(ID, LocalDate.MAX), ACTOR)
                .expectException(DateRefusedException.class)
                .expectExceptionMessage("effectiveOn must be between 1900-01-01 and 2100-12-31.")
                .expectNoEvents();
    }

    /** Issue 16: a hearing set for 9 March was recorded as held days before it; now the case refuses it. */
    @Test
    void aHearingCannotBeRecordedAsHeldBeforeItsDate() {
        List<Object> history = new ArrayList<>(historyTo(INVESTIGATION));
        history.add(new InvitedToHearing(ID, EARLIEST_HEARING, true, TODAY));
        // recorded on 2 March, "held today": the early action, refused beside heldOn in words people read
        fixture.givenCurrentTime(NOW).andGiven(history)
                .when(new RecordHearingHeld(ID, null), ACTOR)
                .expectException(HearingBeforeItsDate.class)
                .expectExceptionMessage("The hearing is set for Monday 9 March 2026; it cannot be recorded as held on "
                        + "Monday 2 March 2026, before that day.")
                .expectNoEvents();
        // recorded later, but with a day before the hearing's
        fixture.givenCurrentTime(Instant.parse("2026-03-12T10:00:00Z")).andGiven(history)
                .when(new RecordHearingHeld(ID, null, LocalDate.of(2026, 3, 6)), ACTOR)
                .expectException(HearingBeforeItsDate.class)
                .expectExceptionMessage("The hearing is set for Monday 9 March 2026; it cannot be recorded as held on "
                        + "Friday 6 March 2026, before that day.")
                .expectNoEvents();
        // 9 March, one minute past midnight in London: the day has come
        fixture.givenCurrentTime(Instant.parse("2026-03-09T00:01:00Z")).andGiven(history)
                .when(new RecordHearingHeld(ID, null), ACTOR)
                .expectEvents(new HearingHeld(ID, null, EARLIEST_HEARING));
        // recorded three days later, with the day it was held
        fixture.givenCurrentTime(Instant.parse("2026-03-12T10:00:00Z")).andGiven(history)
                .when(new RecordHearingHeld(ID, "Colleague Chris", LocalDate.of(2026, 3, 10)), ACTOR)
                .expectEvents(new HearingHeld(ID, "Colleague Chris", LocalDate.of(2026, 3, 10)));
    }

    @Test
    void aHearingIsNotRecordedAsHeldOnADayStillToCome() {
        List<Object> history = new ArrayList<>(historyTo(INVESTIGATION));
        history.add(new InvitedToHearing(ID, EARLIEST_HEARING, true, TODAY));
        fixture.givenCurrentTime(Instant.parse("2026-03-09T10:00:00Z")).andGiven(history)
                .when(new RecordHearingHeld(ID, null, LocalDate.of(2026, 3, 10)), ACTOR)
                .expectException(DisciplinaryRuleViolation.class)
                .expectExceptionMessage("A hearing can only be recorded once it has taken place; the day it was held "
                        + "cannot be in the future.")
                .expectNoEvents();
    }

    @Test
    void aHeldOnOutsideTheWindowIsRefused() {
        fixture.givenCurrentTime(NOW).andGiven(historyTo(HEARING_ARRANGED))
                .when(new RecordHearingHeld(ID, null, LocalDate.MIN), ACTOR)
                .expectException(DateRefusedException.class)
                .expectExceptionMessage("heldOn must be between 1900-01-01 and 2100-12-31.")
                .expectNoEvents();
    }
}
