package uk.tidemark.command.deadline;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped bank-holiday data, checked against the rules that make the England and Wales bank holidays
 * (computed here independently, Easter by the Gregorian computus): a typo in the file fails the build.
 */
class BankHolidayDataTest {

    @Test
    void theDataFileHoldsExactlyTheStatutoryBankHolidaysOf2024To2030() {
        Set<LocalDate> expected = new HashSet<>();
        for (int year = 2024; year <= 2030; year++) {
            expected.addAll(bankHolidays(year));
        }
        assertThat(WorkingCalendar.englandAndWales().closures()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).hasSize(56);
    }

    private static Set<LocalDate> bankHolidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(substituteIfWeekend(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = LocalDate.of(year, 12, 25);
        LocalDate boxingDay = LocalDate.of(year, 12, 26);
        LocalDate christmasObserved = substituteIfWeekend(christmas);
        days.add(christmasObserved);
        LocalDate boxingObserved = substituteIfWeekend(boxingDay);
        if (!boxingObserved.isAfter(christmasObserved)) {
            boxingObserved = christmasObserved.plusDays(1);
        }
        days.add(boxingObserved);
        return days;
    }

    private static LocalDate substituteIfWeekend(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    private static LocalDate easterSunday(int year) {
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
