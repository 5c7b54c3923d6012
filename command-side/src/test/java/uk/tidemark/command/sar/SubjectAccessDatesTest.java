package uk.tidemark.command.sar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.tidemark.command.deadline.BankHolidays;
import uk.tidemark.command.deadline.CalendarRegion;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The ICO's one calendar month, each case of its rule (decision 0053). */
class SubjectAccessDatesTest {

    @ParameterizedTest(name = "received {0}, {1} month(s): due {2} ({3})")
    @CsvSource({
            "2026-03-02, 1, 2026-04-02, the corresponding date of the next month",
            "2025-01-31, 1, 2025-02-28, no 31 February: the last day of the month",
            "2024-01-30, 1, 2024-02-29, the last day of a leap February",
            "2026-09-03, 1, 2026-10-05, 3 October is a Saturday: the next working day",
            "2026-04-25, 1, 2026-05-26, 25 May is the spring bank holiday: the next working day",
            "2026-03-02, 3, 2026-06-02, extended by two further months from the day received",
            "2025-11-30, 3, 2026-03-02, 28 February 2026 is a Saturday: Monday 2 March"})
    void dueOn(LocalDate received, int months, LocalDate due, String why) {
        assertThat(SubjectAccessDates.due(received, months, BankHolidays.of(CalendarRegion.ENGLAND_AND_WALES)))
                .as(why).isEqualTo(due);
    }
}
