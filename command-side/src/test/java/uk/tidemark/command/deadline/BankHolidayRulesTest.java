package uk.tidemark.command.deadline;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.NavigableMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules Tidemark counts with after the shipped data ends ({@link BankHolidayRules}): for every shipped year of
 * all three calendars they make exactly the shipped list, names and all; for any year they agree with the statutes'
 * wording (BankHolidayDataTest's independent reckoning), never fall at a weekend, and no bank holiday they make is
 * a working day, so that no deadline counts a 2031 bank holiday as one.
 */
class BankHolidayRulesTest {

    @Provide
    Arbitrary<Integer> shippedYears() {
        int first = Math.min(BankHolidays.of(CalendarRegion.ENGLAND_AND_WALES).firstShippedYear(),
                Math.min(BankHolidays.of(CalendarRegion.SCOTLAND).firstShippedYear(),
                        BankHolidays.of(CalendarRegion.NORTHERN_IRELAND).firstShippedYear()));
        int last = Math.max(BankHolidays.of(CalendarRegion.ENGLAND_AND_WALES).lastShippedYear(),
                Math.max(BankHolidays.of(CalendarRegion.SCOTLAND).lastShippedYear(),
                        BankHolidays.of(CalendarRegion.NORTHERN_IRELAND).lastShippedYear()));
        return Arbitraries.integers().between(first, last);
    }

    /** Every calendar, every year it ships: the rules and the data agree to the day and the name. */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void theRulesMakeTheShippedListOfEveryShippedYear(@ForAll CalendarRegion region,
                                                      @ForAll("shippedYears") int year) {
        BankHolidays shipped = BankHolidays.of(region);
        assertThat(shipped.isShipped(year)).as("%s ships %d", region, year).isTrue();
        assertThat(BankHolidayRules.of(region, year)).isEqualTo(shipped.inYear(year));
    }

    @Property(tries = 1000)
    void theRulesAgreeWithTheStatutesWordingInAnyYear(@ForAll CalendarRegion region,
                                                      @ForAll @IntRange(min = 1900, max = 2100) int year) {
        assertThat(BankHolidayRules.of(region, year).keySet())
                .containsExactlyInAnyOrderElementsOf(BankHolidayDataTest.bankHolidays(region, year));
    }

    @Property(tries = 1000)
    void everyBankHolidayIsAWeekdayOfItsYearAndASubstituteFollowsItsWeekend(
            @ForAll CalendarRegion region, @ForAll @IntRange(min = 1900, max = 2100) int year) {
        NavigableMap<LocalDate, String> days = BankHolidayRules.of(region, year);
        assertThat(days).hasSize(Map.of(CalendarRegion.ENGLAND_AND_WALES, 8, CalendarRegion.SCOTLAND, 9,
                CalendarRegion.NORTHERN_IRELAND, 10).get(region));
        days.forEach((date, name) -> {
            assertThat(date.getYear()).isEqualTo(year);
            assertThat(BankHolidayRules.isWeekend(date)).as("%s %s", date, name).isFalse();
            if (name.endsWith(BankHolidayRules.SUBSTITUTE)) {
                // the first weekdays after a weekend: Monday, or Tuesday when two holidays needed moving
                assertThat(date.getDayOfWeek()).as("%s %s", date, name).isIn(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
            }
        });
    }

    /** Past the shipped data, the rules still close the bank holidays: the case of issue 13 is 2 January 2031. */
    @Property(tries = 300)
    void noBankHolidayAfterTheShippedDataIsAWorkingDay(@ForAll CalendarRegion region,
                                                       @ForAll @IntRange(min = 2031, max = 2100) int year) {
        WorkingCalendar calendar = WorkingCalendar.of(region);
        assertThat(calendar.bankHolidays().isShipped(year)).isFalse();
        for (LocalDate holiday : BankHolidayRules.of(region, year).keySet()) {
            assertThat(calendar.isWorkingDay(holiday)).as("%s in %s", holiday, region).isFalse();
            // and a count across it steps over it: the working day after the day before is not the holiday
            assertThat(calendar.workingDaysAfter(holiday.minusDays(1), 1)).isAfter(holiday);
        }
    }

    @Property(tries = 500)
    void easterIsASundayFrom22MarchTo25April(@ForAll @IntRange(min = 1900, max = 2100) int year) {
        LocalDate easter = BankHolidayRules.easterSunday(year);
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(easter).isBetween(LocalDate.of(year, Month.MARCH, 22), LocalDate.of(year, Month.APRIL, 25));
    }

    @Example
    void easterSundaysAsTheChurchCalendarsPublishThem() {
        Map<Integer, LocalDate> known = Map.ofEntries(Map.entry(2008, LocalDate.of(2008, 3, 23)),
                Map.entry(2011, LocalDate.of(2011, 4, 24)), Map.entry(2024, LocalDate.of(2024, 3, 31)),
                Map.entry(2025, LocalDate.of(2025, 4, 20)), Map.entry(2026, LocalDate.of(2026, 4, 5)),
                Map.entry(2031, LocalDate.of(2031, 4, 13)), Map.entry(2035, LocalDate.of(2035, 3, 25)),
                Map.entry(2038, LocalDate.of(2038, 4, 25)), Map.entry(2040, LocalDate.of(2040, 4, 1)));
        known.forEach((year, easter) -> assertThat(BankHolidayRules.easterSunday(year)).as("%d", year).isEqualTo(easter));
    }

    @Example
    void whenTwoHolidaysFallAtTheWeekendBothMoveToTheWeekdaysAfter() {
        // 2022 in Scotland: Saturday 1 and Sunday 2 January, observed Monday 3 and Tuesday 4 (as the UK government listed)
        assertThat(BankHolidayRules.of(CalendarRegion.SCOTLAND, 2022).headMap(LocalDate.of(2022, 2, 1))).containsExactly(
                Map.entry(LocalDate.of(2022, 1, 3), "New Year's Day (substitute day)"),
                Map.entry(LocalDate.of(2022, 1, 4), "2nd January (substitute day)"));
        // 2016: Christmas Day on a Sunday; Boxing Day keeps Monday 26 and Christmas Day moves to Tuesday 27
        assertThat(BankHolidayRules.of(CalendarRegion.ENGLAND_AND_WALES, 2016).tailMap(LocalDate.of(2016, 12, 1)))
                .containsExactly(Map.entry(LocalDate.of(2016, 12, 26), "Boxing Day"),
                        Map.entry(LocalDate.of(2016, 12, 27), "Christmas Day (substitute day)"));
        // 2033 in Scotland: Saturday 1 January; 2 January is a Sunday too
        assertThat(BankHolidayRules.of(CalendarRegion.SCOTLAND, 2033).headMap(LocalDate.of(2033, 2, 1)).keySet())
                .containsExactly(LocalDate.of(2033, 1, 3), LocalDate.of(2033, 1, 4));
        // 2023 in Scotland: Sunday 1 January; Monday 2 January stays, New Year's Day is observed on Tuesday 3
        assertThat(BankHolidayRules.of(CalendarRegion.SCOTLAND, 2023).headMap(LocalDate.of(2023, 2, 1)).keySet())
                .containsExactly(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 3));
    }

    @Example
    void scotlandKeepsTheFirstMondayOfAugustAndNoEasterMonday() {
        NavigableMap<LocalDate, String> scotland2031 = BankHolidayRules.of(CalendarRegion.SCOTLAND, 2031);
        assertThat(scotland2031).containsEntry(LocalDate.of(2031, 1, 2), "2nd January")
                .containsEntry(LocalDate.of(2031, 8, 4), "Summer bank holiday")
                .containsEntry(LocalDate.of(2031, 12, 1), "St Andrew's Day (substitute day)") // 30 November a Sunday
                .doesNotContainKey(LocalDate.of(2031, 4, 14)) // Easter Monday
                .doesNotContainKey(LocalDate.of(2031, 8, 25)); // the last Monday of August
        NavigableMap<LocalDate, String> ni2031 = BankHolidayRules.of(CalendarRegion.NORTHERN_IRELAND, 2031);
        assertThat(ni2031).containsEntry(LocalDate.of(2031, 3, 17), "St Patrick's Day")
                .containsEntry(LocalDate.of(2031, 7, 14), "Battle of the Boyne (Orangemen's Day) (substitute day)")
                .containsEntry(LocalDate.of(2031, 4, 14), "Easter Monday");
    }
}
