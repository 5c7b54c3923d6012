package uk.tidemark.command.complaint;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.complaint.event.PanelHearingRecorded;
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
                .expectExceptionMessage("heldOn must not be before 2026-03-02, the day the panel was asked for.")
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
}
