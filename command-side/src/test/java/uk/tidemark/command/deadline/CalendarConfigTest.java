package uk.tidemark.command.deadline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The organisation's own closures and open days override the shipped calendar. */
class CalendarConfigTest {

    private static final LocalDate INSET_DAY = LocalDate.of(2026, 9, 1); // a Tuesday
    private static final LocalDate SPRING_BANK_HOLIDAY = LocalDate.of(2026, 5, 25);

    @Test
    void aClosureIsNotAWorkingDayAndAnOpenDayIs() {
        WorkingCalendar calendar = CalendarConfig.configured(List.of(" 2026-09-01"),
                List.of("2026-05-25"));
        assertThat(calendar.isWorkingDay(INSET_DAY)).isFalse();
        assertThat(calendar.isWorkingDay(SPRING_BANK_HOLIDAY)).isTrue();
        // the INSET day pushes a deadline from the Monday before to the Wednesday
        assertThat(calendar.workingDaysAfter(LocalDate.of(2026, 8, 31), 1)).isEqualTo(LocalDate.of(2026, 9, 2));
    }

    @Test
    void noOverridesIsTheShippedCalendar() {
        WorkingCalendar calendar = CalendarConfig.configured(List.of(), List.of(""));
        assertThat(calendar.isWorkingDay(INSET_DAY)).isTrue();
        assertThat(calendar.isWorkingDay(SPRING_BANK_HOLIDAY)).isFalse();
    }

    @Test
    void aMalformedDateStopsTheStartUp() {
        assertThatThrownBy(() -> CalendarConfig.configured(List.of("1st September"), List.of()))
                .isInstanceOf(DateTimeParseException.class).hasMessageContaining("1st September");
    }
}
