package uk.tidemark.app.deadline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.tidemark.command.deadline.BankHolidays;
import uk.tidemark.command.deadline.CalendarRegion;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How far the shipped bank-holiday lists reach (decision 0032), and a warning when one ends within a year: after
 * it Tidemark computes bank holidays from the statutory rules, which cannot know a one-off holiday (a coronation, a
 * jubilee). Logged once at start-up (no personal data: calendars and dates only) and shown to administrators on the
 * administration and calendar pages.
 */
@Component
public class BankHolidayDataCheck {

    private static final Logger log = LoggerFactory.getLogger(BankHolidayDataCheck.class);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    /** One calendar's shipped list: the years it covers. */
    public record Coverage(CalendarRegion calendar, String name, int firstYear, int lastYear, LocalDate shippedUntil,
                    boolean endsWithinAYear) {
    }

    public List<Coverage> coverage(LocalDate today) {
        List<Coverage> all = new ArrayList<>();
        for (CalendarRegion region : CalendarRegion.values()) {
            BankHolidays data = BankHolidays.of(region);
            all.add(new Coverage(region, region.words(), data.firstShippedYear(), data.lastShippedYear(),
                    data.shippedUntil(), endsWithinAYear(data.shippedUntil(), today)));
        }
        return all;
    }

    /**
     * The warnings to show and log, one per end date ("... for Scotland and Northern Ireland ..."); none when all
     * is well.
     */
    public List<String> warnings(LocalDate today) {
        Map<LocalDate, List<String>> ending = new TreeMap<>();
        for (Coverage c : coverage(today)) {
            if (c.endsWithinAYear()) {
                ending.computeIfAbsent(c.shippedUntil(), d -> new ArrayList<>()).add(c.name());
            }
        }
        return ending.entrySet().stream().map(e -> "The bank holidays shipped for " + and(e.getValue())
                + (e.getKey().isBefore(today) ? " ended on " : " end on ") + DAY.format(e.getKey())
                + ": after that Tidemark computes them from the statutory rules, which cannot know a one-off bank "
                + "holiday (a coronation, a jubilee). Upgrade Tidemark for the new lists, or close such a day on the "
                + "calendar page.").collect(Collectors.toList());
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnAtStartUp() {
        warnAt(LocalDate.now(WorkingCalendar.UK));
    }

    void warnAt(LocalDate today) {
        for (String warning : warnings(today)) {
            log.warn(warning);
        }
    }

    /** The data's last day is less than a year after today (or already past). */
    static boolean endsWithinAYear(LocalDate shippedUntil, LocalDate today) {
        return shippedUntil.isBefore(today.plusYears(1));
    }

    private static String and(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
