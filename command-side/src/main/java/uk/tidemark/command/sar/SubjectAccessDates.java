package uk.tidemark.command.sar;

import uk.tidemark.command.deadline.BankHolidays;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * When a subject access response is due (decision 0053, after the ICO's guidance on the right of access, "How long
 * do we have to comply?"): from the day the request is received, whether a working day or not, to the corresponding
 * calendar date in the next month; the last day of that month when it has no such date (30 January: 28 or 29
 * February); and the next working day when that date falls on a weekend or a bank holiday of the setting's region.
 * An extension for a complex request runs two further months from the same day of receipt.
 */
public final class SubjectAccessDates {

    /** The one calendar month of UK GDPR article 12(3). */
    public static final int MONTHS = 1;
    /** The two further months a complex request may be extended by. */
    public static final int FURTHER_MONTHS = 2;

    private SubjectAccessDates() {
    }

    /** The day the response is due, {@code months} calendar months after {@code receivedOn}. */
    public static LocalDate due(LocalDate receivedOn, int months, BankHolidays holidays) {
        LocalDate due = receivedOn.plusMonths(months); // java.time takes the month's last day when there is no such date
        while (due.getDayOfWeek() == DayOfWeek.SATURDAY || due.getDayOfWeek() == DayOfWeek.SUNDAY
                || holidays.contains(due)) {
            due = due.plusDays(1);
        }
        return due;
    }
}
