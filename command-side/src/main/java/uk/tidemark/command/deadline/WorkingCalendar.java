package uk.tidemark.command.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days for statutory timescales: Monday to Friday, less the bank holidays of one part of the UK (England
 * and Wales, Scotland or Northern Ireland: {@link BankHolidays}, shipped as data and computed from the rules after
 * it) and an organisation's own closures, in UK time. Deadlines that fall "by the end of" a day end at the last
 * instant of that day in Europe/London. A case counts on its setting's calendar ({@link WorkingCalendars}).
 */
public final class WorkingCalendar {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private final BankHolidays bankHolidays;
    /** The configuration's closures and open days: a later call wins over an earlier one for the same date. */
    private final Set<LocalDate> closures;
    private final Set<LocalDate> openDays;
    private final CalendarOverrides overrides;

    private WorkingCalendar(BankHolidays bankHolidays, Set<LocalDate> closures, Set<LocalDate> openDays,
                            CalendarOverrides overrides) {
        this.bankHolidays = bankHolidays;
        this.closures = Set.copyOf(closures);
        this.openDays = Set.copyOf(openDays);
        this.overrides = overrides;
    }

    /** Weekends and the bank holidays of {@code region}. */
    public static WorkingCalendar of(CalendarRegion region) {
        return new WorkingCalendar(BankHolidays.of(CalendarRegion.orDefault(region)), Set.of(), Set.of(),
                CalendarOverrides.NONE);
    }

    /** Weekends and the bank holidays of England and Wales. */
    public static WorkingCalendar englandAndWales() {
        return of(CalendarRegion.ENGLAND_AND_WALES);
    }

    /** Weekends and the bank holidays of Scotland. */
    public static WorkingCalendar scotland() {
        return of(CalendarRegion.SCOTLAND);
    }

    /** Weekends and the bank holidays of Northern Ireland. */
    public static WorkingCalendar northernIreland() {
        return of(CalendarRegion.NORTHERN_IRELAND);
    }

    public CalendarRegion region() {
        return bankHolidays.region();
    }

    public BankHolidays bankHolidays() {
        return bankHolidays;
    }

    /** This calendar with an organisation's own closures (INSET days, local holidays) added. */
    public WorkingCalendar withClosures(Set<LocalDate> extra) {
        Set<LocalDate> closed = new HashSet<>(closures);
        closed.addAll(extra);
        Set<LocalDate> open = new HashSet<>(openDays);
        open.removeAll(extra);
        return new WorkingCalendar(bankHolidays, closed, open, overrides);
    }

    /** This calendar with some closures lifted (a bank holiday the organisation works). */
    public WorkingCalendar withOpenDays(Set<LocalDate> extra) {
        Set<LocalDate> open = new HashSet<>(openDays);
        open.addAll(extra);
        Set<LocalDate> closed = new HashSet<>(closures);
        closed.removeAll(extra);
        return new WorkingCalendar(bankHolidays, closed, open, overrides);
    }

    /**
     * This calendar with the days an administrator closes or opens at run time laid over it: read at each count,
     * so a deadline computed after a change sees it (decision 0016).
     */
    public WorkingCalendar withOverrides(CalendarOverrides live) {
        return new WorkingCalendar(bankHolidays, closures, openDays, live == null ? CalendarOverrides.NONE : live);
    }

    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(date, overrides.current());
    }

    /** The {@code n}-th working day after {@code from} (n ≥ 1); {@code from} itself never counts. */
    public LocalDate workingDaysAfter(LocalDate from, int n) {
        return workingDaysAfter(from, n, overrides.current());
    }

    private LocalDate workingDaysAfter(LocalDate from, int n, CalendarOverrides.Days now) {
        if (n < 1) {
            throw new IllegalArgumentException("count working days from 1");
        }
        LocalDate date = from;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (isWorkingDay(date, now)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The {@code n}-th school day after {@code from} (n ≥ 1; {@code from} itself never counts): a working day of
     * this calendar on which the setting is in session ({@link TermDates.Terms#inSession}). With no term dates,
     * the same as {@link #workingDaysAfter}.
     */
    public LocalDate schoolDaysAfter(LocalDate from, int n, TermDates.Terms terms) {
        if (n < 1) {
            throw new IllegalArgumentException("count school days from 1");
        }
        TermDates.Terms in = terms == null ? TermDates.Terms.NONE : terms;
        CalendarOverrides.Days now = overrides.current();
        LocalDate date = from;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (isWorkingDay(date, now) && in.inSession(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * One reading of the overrides per count: a change in the middle of a count cannot split it. An administrator's
     * day wins over the configuration's, an open day over a closure of the same date, and nothing opens a weekend.
     */
    private boolean isWorkingDay(LocalDate date, CalendarOverrides.Days now) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        if (now.openDays().contains(date)) {
            return true;
        }
        if (now.closures().contains(date)) {
            return false;
        }
        if (openDays.contains(date)) {
            return true;
        }
        return !closures.contains(date) && !bankHolidays.contains(date);
    }

    /**
     * {@code date} itself if it is a working day, else the next one: for a date years ahead (a retention review), found
     * from the date, never by counting every day up to it (decision 0052).
     */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        CalendarOverrides.Days now = overrides.current();
        LocalDate day = date;
        while (!isWorkingDay(day, now)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The end of the {@code n}-th working day after the UK date of {@code at}. */
    public Instant endOfWorkingDaysAfter(Instant at, int n) {
        return endOf(workingDaysAfter(LocalDate.ofInstant(at, UK), n));
    }

    /**
     * When the first response to a report is due: within 24 hours of a report made on a working day, or by the
     * end of the next working day for one made on a weekend or holiday (the music service's policy, seed 000).
     */
    public Instant firstResponseDue(Instant reportedAt) {
        LocalDate day = LocalDate.ofInstant(reportedAt, UK);
        CalendarOverrides.Days now = overrides.current();
        return isWorkingDay(day, now) ? reportedAt.plus(Duration.ofHours(24)) : endOf(workingDaysAfter(day, 1, now));
    }

    /** The last instant of {@code date} in UK time. */
    public static Instant endOf(LocalDate date) {
        return date.atTime(LocalTime.MAX).atZone(UK).toInstant();
    }
}
