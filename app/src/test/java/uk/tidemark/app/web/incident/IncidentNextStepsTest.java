package uk.tidemark.app.web.incident;

import org.junit.jupiter.api.Test;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** How the top of the case page words how late a deadline is, and how soon one falls due (issue 16). */
class IncidentNextStepsTest {

    private static final WorkingCalendar ENGLAND = WorkingCalendar.englandAndWales();
    /** Friday 4 December 2026, 17:00 in London (GMT). */
    private static final Instant FRIDAY_FIVE = Instant.parse("2026-12-04T17:00:00Z");

    @Test
    void withinADayItIsHoursOrMinutesLate() {
        assertThat(IncidentNextSteps.late(FRIDAY_FIVE, FRIDAY_FIVE.plus(Duration.ofMinutes(40)), ENGLAND))
                .isEqualTo("40 minutes late");
        assertThat(IncidentNextSteps.late(FRIDAY_FIVE, FRIDAY_FIVE.plus(Duration.ofMinutes(61)), ENGLAND))
                .isEqualTo("1 hour late");
        assertThat(IncidentNextSteps.late(FRIDAY_FIVE, FRIDAY_FIVE.plus(Duration.ofHours(3)), ENGLAND))
                .isEqualTo("3 hours late");
    }

    @Test
    void afterADayItIsWorkingDaysLateOnTheSettingsCalendar() {
        // the weekend does not count: Monday and Tuesday do
        assertThat(IncidentNextSteps.late(FRIDAY_FIVE, Instant.parse("2026-12-08T10:00:00Z"), ENGLAND))
                .isEqualTo("2 working days late");
        // over the weekend alone, more than a day but no working day: still in hours
        assertThat(IncidentNextSteps.late(FRIDAY_FIVE, Instant.parse("2026-12-06T20:00:00Z"), ENGLAND))
                .isEqualTo("51 hours late");
        // Christmas Day and Boxing Day (Monday 28 December, the substitute day) are bank holidays
        assertThat(IncidentNextSteps.late(Instant.parse("2026-12-24T17:00:00Z"), Instant.parse("2026-12-29T12:00:00Z"),
                ENGLAND)).isEqualTo("1 working day late");
    }

    @Test
    void aDeadlineWithinTheNextDaySaysHowSoon() {
        assertThat(IncidentNextSteps.soon(FRIDAY_FIVE, FRIDAY_FIVE.minus(Duration.ofMinutes(40)))).isEqualTo("In 40 minutes");
        assertThat(IncidentNextSteps.soon(FRIDAY_FIVE, FRIDAY_FIVE.minus(Duration.ofHours(5)))).isEqualTo("In 5 hours");
        assertThat(IncidentNextSteps.soon(FRIDAY_FIVE, FRIDAY_FIVE.minus(Duration.ofDays(2)))).isNull();
    }
}
