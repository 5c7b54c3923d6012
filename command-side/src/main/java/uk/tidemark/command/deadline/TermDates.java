package uk.tidemark.command.deadline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Each setting's term dates and holidays, as an administrator entered them (decision 0048): the schools of one trust
 * keep different terms. Complaint timescales count school days on them ({@link WorkingCalendar#schoolDaysAfter});
 * every other deadline counts working days. The command side only knows this interface; the application keeps the
 * ranges in its relational store and a count reads them as they are at the command, like the closed days
 * ({@link CalendarOverrides}): the due date it computes goes into the events, so a change of terms moves only
 * deadlines set after it.
 */
@FunctionalInterface
public interface TermDates {

    /** No setting has term dates: school days are working days (an installation that keeps none, the tests). */
    TermDates NONE = settingId -> Terms.NONE;

    /** The setting's terms and holidays now; {@link Terms#NONE} when it has none (or is unknown). */
    Terms of(String settingId);

    /** A range of days, both ends included. */
    record Range(LocalDate first, LocalDate last) {

        public Range {
            if (first == null || last == null || last.isBefore(first)) {
                throw new IllegalArgumentException("a range ends on or after its first day");
            }
        }

        public boolean contains(LocalDate date) {
            return !date.isBefore(first) && !date.isAfter(last);
        }
    }

    /**
     * One setting's terms and holidays. A day is a school day when it is a working day and
     * <ul>
     *   <li>in no holiday (a half term entered as a holiday, an extra closure of the school), and</li>
     *   <li>in a term, or outside the span the terms cover (before the first term entered or after the last): days
     *   no term dates speak for count as working days, so a count never runs on for ever and a school that has
     *   entered only this year's terms still gets next year's deadlines.</li>
     * </ul>
     * With no terms entered, the days between the holidays are school days; with neither, every working day is.
     */
    record Terms(List<Range> terms, List<Range> holidays) {

        public static final Terms NONE = new Terms(List.of(), List.of());

        public Terms {
            terms = terms.stream().sorted(Comparator.comparing(Range::first)).toList();
            holidays = List.copyOf(holidays);
        }

        public boolean isEmpty() {
            return terms.isEmpty() && holidays.isEmpty();
        }

        /** Whether the school is in session on {@code date}, before weekends and bank holidays are looked at. */
        public boolean inSession(LocalDate date) {
            if (holidays.stream().anyMatch(h -> h.contains(date))) {
                return false;
            }
            if (terms.isEmpty()) {
                return true;
            }
            LocalDate firstDay = terms.get(0).first();
            LocalDate lastDay = terms.stream().map(Range::last).max(Comparator.naturalOrder()).orElseThrow();
            if (date.isBefore(firstDay) || date.isAfter(lastDay)) {
                return true;
            }
            return terms.stream().anyMatch(t -> t.contains(date));
        }
    }
}
