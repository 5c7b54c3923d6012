package uk.tidemark.command.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days for statutory timescales: Monday to Friday, less the bank holidays of England and Wales
 * (shipped as data, 2024-2030) and an organisation's own closures, in UK time. Deadlines that fall "by the
 * end of" a day end at the last instant of that day in Europe/London.
 */
public final class WorkingCalendar {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    static final String BANK_HOLIDAYS = "bank-holidays-england-and-wales.csv";

    private final Set<LocalDate> closures;
    private final CalendarOverrides overrides;

    private WorkingCalendar(Set<LocalDate> closures, CalendarOverrides overrides) {
        this.closures = Collections.unmodifiableSet(closures);
        this.overrides = overrides;
    }

    /** Weekends and the bank holidays of England and Wales. */
    public static WorkingCalendar englandAndWales() {
        return new WorkingCalendar(readBankHolidays(), CalendarOverrides.NONE);
    }

    /** This calendar with an organisation's own closures (INSET days, local holidays) added. */
    public WorkingCalendar withClosures(Set<LocalDate> extra) {
        Set<LocalDate> all = new HashSet<>(closures);
        all.addAll(extra);
        return new WorkingCalendar(all, overrides);
    }

    /** This calendar with some closures lifted (a bank holiday the organisation works). */
    public WorkingCalendar withOpenDays(Set<LocalDate> open) {
        Set<LocalDate> all = new HashSet<>(closures);
        all.removeAll(open);
        return new WorkingCalendar(all, overrides);
    }

    /**
     * This calendar with the days an administrator closes or opens at run time laid over it: read at each count,
     * so a deadline computed after a change sees it (decision 0016).
     */
    public WorkingCalendar withOverrides(CalendarOverrides live) {
        return new WorkingCalendar(closures, live == null ? CalendarOverrides.NONE : live);
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

    /** One reading of the overrides per count: a change in the middle of a count cannot split it. */
    private boolean isWorkingDay(LocalDate date, CalendarOverrides.Days now) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        if (now.openDays().contains(date)) {
            return true;
        }
        return !closures.contains(date) && !now.closures().contains(date);
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

    Set<LocalDate> closures() {
        return closures;
    }

    private static Set<LocalDate> readBankHolidays() {
        try (InputStream in = WorkingCalendar.class.getResourceAsStream(BANK_HOLIDAYS)) {
            if (in == null) {
                throw new IllegalStateException("The bank-holiday data file " + BANK_HOLIDAYS + " is missing");
            }
            Set<LocalDate> dates = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    dates.add(LocalDate.parse(trimmed.substring(0, trimmed.indexOf(','))));
                }
            }
            return dates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
