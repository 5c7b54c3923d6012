package uk.tidemark.command.deadline;

import java.time.LocalDate;
import java.util.Set;

/**
 * Days an administrator has closed or opened since the application started (decision 0016), read by the
 * {@link WorkingCalendar} each time it counts, so that a closure added today moves every deadline set after it.
 * The command side only knows this interface; the application keeps the days in its relational store. Deadlines
 * already set are not recomputed: a due date, once set, is part of the case's history.
 */
public interface CalendarOverrides {

    /** No overrides: the calendar is the shipped data and the configuration's dates. */
    CalendarOverrides NONE = () -> Days.EMPTY;

    /** The overrides as they are now; called once per count, so an implementation may query its store. */
    Days current();

    /**
     * @param closures days the organisation is closed (training days, an extra bank holiday)
     * @param openDays days it is open although the calendar says otherwise (a bank holiday it works); an open day
     *                 wins over a closure of the same date
     */
    record Days(Set<LocalDate> closures, Set<LocalDate> openDays) {

        public static final Days EMPTY = new Days(Set.of(), Set.of());

        public Days {
            closures = Set.copyOf(closures);
            openDays = Set.copyOf(openDays);
        }
    }
}
