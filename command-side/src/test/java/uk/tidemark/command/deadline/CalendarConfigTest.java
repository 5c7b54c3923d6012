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

    @Test
    void theSpringConfigurationGivesEachSettingItsCalendarWithTheClosuresOfAll() {
        try (var context = new org.springframework.context.annotation.AnnotationConfigApplicationContext()) {
            context.getEnvironment().getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource(
                    "test", java.util.Map.of("tidemark.calendar.closures", "2031-01-03")));
            context.registerBean(SettingCalendars.class, () -> settingId -> "thistle".equals(settingId)
                    ? CalendarRegion.SCOTLAND : null);
            context.register(CalendarConfig.class);
            context.refresh();
            WorkingCalendars calendars = context.getBean(WorkingCalendars.class);
            // Scotland: 1 and 2 January, then the configured closure on Friday 3, then the weekend
            assertThat(calendars.forSetting("thistle").workingDaysAfter(LocalDate.of(2030, 12, 31), 1))
                    .isEqualTo(LocalDate.of(2031, 1, 6));
            assertThat(calendars.forSetting("alder").workingDaysAfter(LocalDate.of(2030, 12, 31), 1))
                    .isEqualTo(LocalDate.of(2031, 1, 2));
            assertThat(context.getBean("workingCalendar", WorkingCalendar.class).region())
                    .as("the default calendar").isEqualTo(CalendarRegion.ENGLAND_AND_WALES);
        }
    }
}
