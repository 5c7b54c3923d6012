package uk.tidemark.command.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bank holidays of one part of the UK: the shipped list (a resource beside this class, one {@code date,name}
 * a line) for the years it covers, and {@link BankHolidayRules} for every other year, so that a count into a year
 * after the list still skips its bank holidays. A one-off holiday is only ever in the list.
 */
public final class BankHolidays {

    private static final Map<CalendarRegion, BankHolidays> SHIPPED = new EnumMap<>(CalendarRegion.class);

    static {
        for (CalendarRegion region : CalendarRegion.values()) {
            SHIPPED.put(region, read(region));
        }
    }

    private final CalendarRegion region;
    private final NavigableMap<LocalDate, String> shipped;
    private final int firstShippedYear;
    private final int lastShippedYear;
    /** The rules' years, made once each: a count may pass through a year many times. */
    private final Map<Integer, NavigableMap<LocalDate, String>> computed = new ConcurrentHashMap<>();

    private BankHolidays(CalendarRegion region, NavigableMap<LocalDate, String> shipped) {
        this.region = region;
        this.shipped = Collections.unmodifiableNavigableMap(shipped);
        this.firstShippedYear = shipped.firstKey().getYear();
        this.lastShippedYear = shipped.lastKey().getYear();
    }

    /** The shipped list of {@code region}, read once (a missing or malformed file stops the start-up). */
    public static BankHolidays of(CalendarRegion region) {
        return SHIPPED.get(region);
    }

    public CalendarRegion region() {
        return region;
    }

    public boolean contains(LocalDate date) {
        return inYear(date.getYear()).containsKey(date);
    }

    /** The year's bank holidays by date, with their names: the shipped ones, or the rules' outside the list. */
    public NavigableMap<LocalDate, String> inYear(int year) {
        if (isShipped(year)) {
            return shipped.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true);
        }
        return computed.computeIfAbsent(year, y -> BankHolidayRules.of(region, y));
    }

    public boolean isShipped(int year) {
        return year >= firstShippedYear && year <= lastShippedYear;
    }

    public int firstShippedYear() {
        return firstShippedYear;
    }

    public int lastShippedYear() {
        return lastShippedYear;
    }

    /** The last day the shipped list speaks for: 31 December of its last year. */
    public LocalDate shippedUntil() {
        return LocalDate.of(lastShippedYear, 12, 31);
    }

    /** The list as shipped, every year of it. */
    public NavigableMap<LocalDate, String> shipped() {
        return shipped;
    }

    private static BankHolidays read(CalendarRegion region) {
        try (InputStream in = BankHolidays.class.getResourceAsStream(region.dataFile())) {
            if (in == null) {
                throw new IllegalStateException("The bank-holiday data file " + region.dataFile() + " is missing");
            }
            return new BankHolidays(region, parse(region.dataFile(), in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code 2027-01-04,2nd January (substitute day)} a line; blank lines and {@code #} comments are skipped. Every
     * year from the first to the last must be there: a gap would be a year without bank holidays.
     */
    static NavigableMap<LocalDate, String> parse(String file, InputStream in) throws IOException {
        NavigableMap<LocalDate, String> days = new TreeMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int comma = trimmed.indexOf(',');
            if (comma < 0 || trimmed.substring(comma + 1).isBlank()) {
                throw new IllegalStateException(file + " line " + number + ": expected date,name");
            }
            LocalDate date = LocalDate.parse(trimmed.substring(0, comma));
            if (days.put(date, trimmed.substring(comma + 1).strip()) != null) {
                throw new IllegalStateException(file + " line " + number + ": " + date + " twice");
            }
        }
        if (days.isEmpty()) {
            throw new IllegalStateException(file + " holds no bank holidays");
        }
        for (int year = days.firstKey().getYear(); year <= days.lastKey().getYear(); year++) {
            if (days.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).isEmpty()) {
                throw new IllegalStateException(file + " has no bank holidays in " + year);
            }
        }
        return days;
    }
}
