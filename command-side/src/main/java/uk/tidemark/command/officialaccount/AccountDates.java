package uk.tidemark.command.officialaccount;

import org.axonframework.eventhandling.GenericEventMessage;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.kernel.time.DateWindow;

import java.time.LocalDate;

import static uk.tidemark.command.officialaccount.OfficialAccountRule.DATES_NOT_IN_THE_FUTURE;

/** The official account's days: today as the events are stamped, and dates that must have happened already. */
final class AccountDates {

    private AccountDates() {
    }

    /** A date that must have happened already: checked against the window and today (UK); null stays null. */
    static LocalDate past(String field, LocalDate date) {
        DateWindow.require(field, date);
        if (date != null && date.isAfter(today())) {
            throw DATES_NOT_IN_THE_FUTURE.dateRefusal(field);
        }
        return date;
    }

    /** The UK date of the event about to be applied (Axon's clock, which the fixture and the demo move). */
    static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), WorkingCalendar.UK);
    }
}
