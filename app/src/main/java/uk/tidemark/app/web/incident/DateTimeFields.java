package uk.tidemark.app.web.incident;

import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.page.DateFields;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A page's date and time fields, typed as people read a calendar and a clock in England (Europe/London, summer time
 * included), read into the API's Instant: GOV.UK's date input and a time, or "time not known" ({@link DateFields},
 * decision 0045). Writing instants back for people to read is {@link LondonTimes}' work.
 */
final class DateTimeFields {

    private DateTimeFields() {
    }

    /**
     * Replaces the fields {@code <field>-day}, {@code -month}, {@code -year}, {@code -time} and
     * {@code -time-not-known} of {@code submitted} by {@code <field>}, an ISO instant, for binding. All blank: the
     * field is left out (the API's own "is required" then speaks). Anything unreadable or missing: a problem of the
     * field, added to {@code errors}. The window and "not in the future" are the request record's rules (0027).
     */
    static Map<String, String> combine(Map<String, String> submitted, String field, List<FieldProblem> errors) {
        return DateFields.combineInstant(submitted, field, false, errors);
    }

    /** Today's date in the boxes of {@code field}: a form's default. */
    static Map<String, String> today(String field) {
        return DateFields.boxes(field, LocalDate.now(WorkingCalendar.UK));
    }
}
