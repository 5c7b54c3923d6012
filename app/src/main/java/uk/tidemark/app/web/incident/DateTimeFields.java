package uk.tidemark.app.web.incident;

import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.validation.IsoDates;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.DateTimeException;
import java.util.List;
import java.util.Map;

/**
 * A page's date and time fields, typed as people read a clock in England (Europe/London, summer time included),
 * read into the API's Instant. Writing instants back for people to read is {@link LondonTimes}' work.
 */
final class DateTimeFields {

    private DateTimeFields() {
    }

    /**
     * Replaces the fields {@code <field>Date} and {@code <field>Time} of {@code submitted} by {@code <field>}, an
     * ISO instant, for binding. Both blank: the field is left out (the API's own "is required" then speaks).
     * One of them blank or unreadable: a problem of the field, added to {@code errors}.
     */
    static Map<String, String> combine(Map<String, String> submitted, String field, List<FieldProblem> errors) {
        Map<String, String> out = new java.util.LinkedHashMap<>(submitted);
        String date = blankToNull(out.remove(field + "Date"));
        String time = blankToNull(out.remove(field + "Time"));
        if (date == null && time == null) {
            return out;
        }
        if (date == null || time == null) {
            errors.add(new FieldProblem(field, date == null ? "needs a date as well as a time."
                    : "needs a time as well as a date."));
            return out;
        }
        try {
            LocalTime clock = LocalTime.parse(time.length() == 4 ? "0" + time : time);
            // the window and "not in the future" are the request record's rules (decision 0027)
            Instant at = ZonedDateTime.of(IsoDates.date(date), clock, WorkingCalendar.UK).toInstant();
            out.put(field, at.toString());
        } catch (DateTimeException unreadable) {
            errors.add(new FieldProblem(field, "must be a date such as 2026-03-31 and a time such as 14:30."));
        }
        return out;
    }

    static String today() {
        return LocalDate.now(WorkingCalendar.UK).toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
