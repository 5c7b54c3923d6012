package uk.tidemark.command.deadline;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.commandhandling.CommandHandler;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each setting counts on its own calendar, read at each count; no command handler counts on a fixed one. */
class WorkingCalendarsTest {

    private static final LocalDate SECOND_OF_JANUARY_2031 = LocalDate.of(2031, 1, 2);

    @Test
    void aSettingCountsOnTheCalendarItsAdministratorChoseAndAnyOtherOnEnglandAndWales() {
        Map<String, CalendarRegion> chosen = new HashMap<>(Map.of("thistle", CalendarRegion.SCOTLAND,
                "shamrock", CalendarRegion.NORTHERN_IRELAND));
        WorkingCalendars calendars = WorkingCalendars.shipped().withSettings(chosen::get);

        assertThat(calendars.forSetting("thistle").region()).isEqualTo(CalendarRegion.SCOTLAND);
        assertThat(calendars.forSetting("shamrock").region()).isEqualTo(CalendarRegion.NORTHERN_IRELAND);
        assertThat(calendars.forSetting("alder").region()).as("none stored").isEqualTo(CalendarRegion.ENGLAND_AND_WALES);
        assertThat(calendars.forSetting(null).region()).isEqualTo(CalendarRegion.ENGLAND_AND_WALES);
        assertThat(calendars.forSetting("thistle").isWorkingDay(SECOND_OF_JANUARY_2031)).isFalse();
        assertThat(calendars.forSetting("alder").isWorkingDay(SECOND_OF_JANUARY_2031)).isTrue();

        // read at each count: a change of the setting's calendar applies to the next one
        chosen.put("thistle", CalendarRegion.ENGLAND_AND_WALES);
        assertThat(calendars.forSetting("thistle").isWorkingDay(SECOND_OF_JANUARY_2031)).isTrue();
    }

    @Test
    void theShippedCalendarsPutEverySettingOnEnglandAndWales() {
        assertThat(WorkingCalendars.shipped().forSetting("setting-1").region()).isEqualTo(CalendarRegion.ENGLAND_AND_WALES);
        for (CalendarRegion region : CalendarRegion.values()) {
            assertThat(WorkingCalendars.shipped().of(region).region()).isEqualTo(region);
        }
    }

    @Test
    void aCalendarMadeForTheWrongRegionIsRefused() {
        assertThatThrownBy(() -> WorkingCalendars.of(region -> WorkingCalendar.englandAndWales(), SettingCalendars.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SCOTLAND");
    }

    @Test
    void everyRegionCarriesTheSameClosuresAndOverrides() {
        CalendarOverrides.Days days = new CalendarOverrides.Days(Set.of(LocalDate.of(2031, 1, 6)), Set.of());
        WorkingCalendars calendars = WorkingCalendars.of(region -> WorkingCalendar.of(region)
                .withClosures(Set.of(LocalDate.of(2031, 1, 3))).withOverrides(() -> days), SettingCalendars.NONE);
        // Scotland: 1 and 2 January bank holidays, 3 January a closure, the 4th and 5th a weekend, the 6th closed
        assertThat(calendars.of(CalendarRegion.SCOTLAND).workingDaysAfter(LocalDate.of(2030, 12, 31), 1))
                .isEqualTo(LocalDate.of(2031, 1, 7));
        assertThat(calendars.of(CalendarRegion.ENGLAND_AND_WALES).workingDaysAfter(LocalDate.of(2030, 12, 31), 1))
                .isEqualTo(LocalDate.of(2031, 1, 2));
    }

    /**
     * A command handler that counts takes {@link WorkingCalendars} and picks its case's setting's calendar: one
     * that took a single {@link WorkingCalendar} would count every setting on England and Wales.
     */
    @Test
    void noCommandHandlerCountsOnAFixedCalendar() {
        JavaClasses commandSide = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.tidemark.command");
        List<JavaCodeUnit> handlers = commandSide.stream().flatMap(c -> c.getCodeUnits().stream())
                .filter(u -> u.isAnnotatedWith(CommandHandler.class)).toList();
        assertThat(handlers.stream().filter(u -> u.getRawParameterTypes().stream()
                .anyMatch(t -> t.isEquivalentTo(WorkingCalendar.class))).map(JavaCodeUnit::getFullName))
                .as("command handlers counting on one fixed calendar").isEmpty();
        assertThat(handlers.stream().filter(u -> u.getRawParameterTypes().stream()
                .anyMatch(t -> t.isEquivalentTo(WorkingCalendars.class))).count())
                .as("the handlers that count (log, triage, warn, refer; receive, escalate, panel; invite, decide)")
                .isGreaterThanOrEqualTo(9);
    }
}
