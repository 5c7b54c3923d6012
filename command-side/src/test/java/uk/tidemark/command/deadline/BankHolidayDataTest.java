package uk.tidemark.command.deadline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped bank-holiday data of each part of the UK, checked against the rules that make its bank holidays,
 * computed here independently of {@link BankHolidayRules} (dates only, Easter by the Gregorian computus, substitute
 * days the way the statutes word them): a typo in a file fails the build. The years are those of the England and
 * Wales list, the first that was shipped.
 */
class BankHolidayDataTest {

    /** Bank holidays a year: E&W 8, Scotland 9 (2 January and St Andrew's Day, no Easter Monday), NI 10. */
    private static final Map<CalendarRegion, Integer> PER_YEAR = Map.of(CalendarRegion.ENGLAND_AND_WALES, 8,
            CalendarRegion.SCOTLAND, 9, CalendarRegion.NORTHERN_IRELAND, 10);

    @ParameterizedTest
    @EnumSource(CalendarRegion.class)
    void eachDataFileHoldsExactlyTheStatutoryBankHolidaysOf2024To2030(CalendarRegion region) {
        Set<LocalDate> expected = new HashSet<>();
        for (int year = 2024; year <= 2030; year++) {
            expected.addAll(bankHolidays(region, year));
        }
        BankHolidays shipped = BankHolidays.of(region);
        assertThat(shipped.shipped().keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).hasSize(7 * PER_YEAR.get(region));
        assertThat(shipped.firstShippedYear()).isEqualTo(2024);
        assertThat(shipped.lastShippedYear()).as("every calendar covers the years England and Wales did").isEqualTo(2030);
        assertThat(shipped.shippedUntil()).isEqualTo(LocalDate.of(2030, 12, 31));
    }

    @Test
    void theDataNamesTheSubstituteDaysAsTheUkGovernmentListsThem() {
        assertThat(BankHolidays.of(CalendarRegion.SCOTLAND).shipped()).containsEntry(LocalDate.of(2027, 1, 4),
                "2nd January (substitute day)").containsEntry(LocalDate.of(2024, 12, 2),
                "St Andrew's Day (substitute day)").containsEntry(LocalDate.of(2028, 1, 3),
                "New Year's Day (substitute day)");
        assertThat(BankHolidays.of(CalendarRegion.NORTHERN_IRELAND).shipped()).containsEntry(LocalDate.of(2024, 3, 18),
                "St Patrick's Day (substitute day)").containsEntry(LocalDate.of(2025, 7, 14),
                "Battle of the Boyne (Orangemen's Day) (substitute day)");
        assertThat(BankHolidays.of(CalendarRegion.ENGLAND_AND_WALES).shipped()).containsEntry(LocalDate.of(2027, 12, 27),
                "Christmas Day (substitute day)");
    }

    @Test
    void aDataFileWithAGapOrADoubleDateOrNoNameStopsTheStartUp() {
        assertThatThrownBy(() -> parse("2024-01-01,New Year's Day\n2026-01-01,New Year's Day\n"))
                .hasMessageContaining("no bank holidays in 2025");
        assertThatThrownBy(() -> parse("2024-01-01,New Year's Day\n2024-01-01,Again\n"))
                .hasMessageContaining("2024-01-01 twice");
        assertThatThrownBy(() -> parse("# a comment\n2024-01-01\n")).hasMessageContaining("line 2: expected date,name");
        assertThatThrownBy(() -> parse("# nothing\n")).hasMessageContaining("holds no bank holidays");
    }

    private static Object parse(String text) throws Exception {
        return BankHolidays.parse("test.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The year's bank holidays of {@code region}, from the statutes' wording. */
    static Set<LocalDate> bankHolidays(CalendarRegion region, int year) {
        Set<LocalDate> days = new HashSet<>();
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        consecutive(days, LocalDate.of(year, 12, 25));
        switch (region) {
            case ENGLAND_AND_WALES -> {
                days.add(substituteIfWeekend(LocalDate.of(year, 1, 1)));
                days.add(easter.plusDays(1));
                days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
            }
            case SCOTLAND -> {
                consecutive(days, LocalDate.of(year, 1, 1));
                days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
                days.add(substituteIfWeekend(LocalDate.of(year, 11, 30)));
            }
            case NORTHERN_IRELAND -> {
                days.add(substituteIfWeekend(LocalDate.of(year, 1, 1)));
                days.add(substituteIfWeekend(LocalDate.of(year, 3, 17)));
                days.add(easter.plusDays(1));
                days.add(substituteIfWeekend(LocalDate.of(year, 7, 12)));
                days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
            }
        }
        return days;
    }

    /**
     * Two holidays on {@code first} and the day after (Christmas and Boxing Day; 1 and 2 January in Scotland): each
     * moved off a weekend, and the second to the day after the first when the move lands it on or before it.
     */
    private static void consecutive(Set<LocalDate> days, LocalDate first) {
        LocalDate firstObserved = substituteIfWeekend(first);
        LocalDate secondObserved = substituteIfWeekend(first.plusDays(1));
        if (!secondObserved.isAfter(firstObserved)) {
            secondObserved = firstObserved.plusDays(1);
        }
        days.add(firstObserved);
        days.add(secondObserved);
    }

    private static LocalDate substituteIfWeekend(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
