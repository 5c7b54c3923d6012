package uk.tidemark.command.deadline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's days lie over the configured calendar, and are read again at every count. */
class CalendarOverridesTest {

    private final AtomicReference<CalendarOverrides.Days> days = new AtomicReference<>(CalendarOverrides.Days.EMPTY);
    private final WorkingCalendar calendar = WorkingCalendar.englandAndWales()
            .withClosures(Set.of(LocalDate.of(2026, 6, 1))).withOverrides(days::get);

    @Test
    void aClosureAddedLaterMovesTheNextCountButNotAnEarlierOne() {
        LocalDate thursday = LocalDate.of(2026, 6, 4);
        LocalDate before = calendar.workingDaysAfter(thursday, 1);

        days.set(new CalendarOverrides.Days(Set.of(LocalDate.of(2026, 6, 5)), Set.of()));

        assertThat(before).isEqualTo(LocalDate.of(2026, 6, 5));
        assertThat(calendar.workingDaysAfter(thursday, 1)).isEqualTo(LocalDate.of(2026, 6, 8));
    }

    @Test
    void aReportOnAnInsetDayIsDueByTheEndOfTheNextWorkingDay() {
        days.set(new CalendarOverrides.Days(Set.of(LocalDate.of(2026, 6, 4)), Set.of()));

        assertThat(calendar.firstResponseDue(LocalDateTime.parse("2026-06-04T10:00").atZone(WorkingCalendar.UK)
                .toInstant())).isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 6, 5)));
    }

    @Test
    void anOpenDayWinsOverAConfiguredClosureAndABankHolidayButNotAWeekend() {
        days.set(new CalendarOverrides.Days(Set.of(), Set.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 6, 6))));

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 1))).as("configured closure opened").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 25))).as("spring bank holiday opened").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 6))).as("a Saturday stays a weekend").isFalse();
    }
}
