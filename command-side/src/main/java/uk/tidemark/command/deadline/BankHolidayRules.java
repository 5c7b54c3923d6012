package uk.tidemark.command.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The bank holidays of a year as the standing rules make them: the Banking and Financial Dealings Act 1971
 * (Schedule 1), the St Andrew's Day Bank Holiday (Scotland) Act 2007, and the royal proclamations that are made
 * the same way every year (New Year's Day, the early May bank holiday, substitute days). Used for the years after
 * the shipped lists ({@link BankHolidays}); the tests check that it agrees with the lists for every shipped year.
 *
 * <p>What no rule can know is left out: a one-off holiday (a coronation, a jubilee, a state funeral) and a holiday
 * moved by proclamation (the early May bank holiday moved to VE Day in 2020). Those exist only in the shipped data.
 *
 * <p>Substitute days: a holiday that falls on a Saturday or Sunday is observed on the next weekday that is not
 * already a bank holiday. Two holidays on consecutive days (Christmas Day and Boxing Day; in Scotland 1 and 2
 * January) keep their own date when it is a weekday, and the ones that fall at the weekend take the next free
 * weekdays in order: 25 December on a Saturday gives Monday 27 and Tuesday 28; on a Sunday, Boxing Day stays on
 * Monday 26 and Christmas Day moves to Tuesday 27 (as the UK government lists them).
 */
public final class BankHolidayRules {

    static final String SUBSTITUTE = " (substitute day)";

    private BankHolidayRules() {
    }

    /** The year's bank holidays in date order, each with its name ("Boxing Day (substitute day)"). */
    public static NavigableMap<LocalDate, String> of(CalendarRegion region, int year) {
        NavigableMap<LocalDate, String> days = new TreeMap<>();
        LocalDate easter = easterSunday(year);
        switch (region) {
            case ENGLAND_AND_WALES -> {
                observe(days, new Named(LocalDate.of(year, 1, 1), "New Year's Day"));
                days.put(easter.minusDays(2), "Good Friday");
                days.put(easter.plusDays(1), "Easter Monday");
                mayHolidays(days, year);
                days.put(lastMonday(year, Month.AUGUST), "Summer bank holiday");
                christmas(days, year);
            }
            case SCOTLAND -> {
                observe(days, new Named(LocalDate.of(year, 1, 1), "New Year's Day"),
                        new Named(LocalDate.of(year, 1, 2), "2nd January"));
                days.put(easter.minusDays(2), "Good Friday");
                mayHolidays(days, year);
                days.put(firstMonday(year, Month.AUGUST), "Summer bank holiday");
                observe(days, new Named(LocalDate.of(year, 11, 30), "St Andrew's Day"));
                christmas(days, year);
            }
            case NORTHERN_IRELAND -> {
                observe(days, new Named(LocalDate.of(year, 1, 1), "New Year's Day"));
                observe(days, new Named(LocalDate.of(year, 3, 17), "St Patrick's Day"));
                days.put(easter.minusDays(2), "Good Friday");
                days.put(easter.plusDays(1), "Easter Monday");
                mayHolidays(days, year);
                observe(days, new Named(LocalDate.of(year, 7, 12), "Battle of the Boyne (Orangemen's Day)"));
                days.put(lastMonday(year, Month.AUGUST), "Summer bank holiday");
                christmas(days, year);
            }
        }
        return Collections.unmodifiableNavigableMap(days);
    }

    /** Easter Sunday of the Gregorian calendar: the anonymous computus (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
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

    private static void mayHolidays(NavigableMap<LocalDate, String> days, int year) {
        days.put(firstMonday(year, Month.MAY), "Early May bank holiday");
        days.put(lastMonday(year, Month.MAY), "Spring bank holiday");
    }

    private static void christmas(NavigableMap<LocalDate, String> days, int year) {
        observe(days, new Named(LocalDate.of(year, 12, 25), "Christmas Day"),
                new Named(LocalDate.of(year, 12, 26), "Boxing Day"));
    }

    /** A holiday's own date, before any substitute day. */
    private record Named(LocalDate date, String name) {
    }

    /**
     * Holidays on consecutive dates (or one alone), in date order: each on its own date when that is a weekday, and
     * the weekend ones on the next weekdays after the run that are not taken, in the same order.
     */
    private static void observe(NavigableMap<LocalDate, String> days, Named... run) {
        for (Named holiday : run) {
            if (!isWeekend(holiday.date())) {
                days.put(holiday.date(), holiday.name());
            }
        }
        LocalDate free = run[run.length - 1].date();
        for (Named holiday : run) {
            if (isWeekend(holiday.date())) {
                do {
                    free = free.plusDays(1);
                } while (isWeekend(free) || days.containsKey(free));
                days.put(free, holiday.name() + SUBSTITUTE);
            }
        }
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }
}
