package uk.tidemark.app.web.validation;

import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.kernel.time.DateWindow;
import uk.tidemark.app.web.validation.NotPast;
import uk.tidemark.app.web.validation.InDateWindow;
import uk.tidemark.app.web.validation.NotFuture;
import uk.tidemark.app.web.validation.IsoDates;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The one rule for every date and time the API or a page accepts (docs/decisions/0027-one-rule-for-dates.md):
 * <ol>
 *     <li>an ISO-8601 string, never a number ({@link IsoDates} reads the JSON and the forms);</li>
 *     <li>inside the {@link DateWindow}, 1900-01-01 to 2100-12-31, which the whole system can store, count and show;</li>
 *     <li>for what has happened (an occurrence, a capture, a panel hearing), not in the future: a time with five
 *     minutes' grace for a laptop's clock, a date not after today in the UK;</li>
 *     <li>for what falls due (a response date, a hearing date, a day the calendar closes), today (UK) or later.</li>
 * </ol>
 * The annotations ({@link NotFuture}, {@link NotPast}, {@link InDateWindow}) put it on the request records, which the
 * pages bind their forms into too; query parameters and hand-read form fields call it here. A refusal is a field
 * problem, answered 400 with the field named; the aggregates keep the window as a backstop.
 */
public final class DateRules {

    /** Whether the thing has happened, falls due, or neither. */
    public enum Tense { ANY, HAS_HAPPENED, FALLS_DUE }

    public static final Duration GRACE = Duration.ofMinutes(5);
    public static final String FUTURE = "must not be in the future.";
    public static final String PAST = "must be today or later.";
    public static final String NOT_A_TIME = "must be a date and time in ISO-8601 UTC form, such as 2025-03-14T09:30:00Z.";
    public static final String NOT_A_DATE = "must be a date in ISO-8601 form, such as 2025-03-14.";

    private static final Clock clock = Clock.systemUTC();

    private DateRules() {
    }

    /** What is wrong with {@code at}, or null when nothing is (an absent value included: "required" is another rule). */
    public static String problem(Instant at, Tense tense) {
        if (at == null) {
            return null;
        }
        if (!DateWindow.contains(at)) {
            return DateWindow.OUTSIDE;
        }
        Instant now = clock.instant();
        if (tense == Tense.HAS_HAPPENED && at.isAfter(now.plus(GRACE))) {
            return FUTURE;
        }
        if (tense == Tense.FALLS_DUE && at.isBefore(now)) {
            return PAST;
        }
        return null;
    }

    public static String problem(LocalDate date, Tense tense) {
        if (date == null) {
            return null;
        }
        if (!DateWindow.contains(date)) {
            return DateWindow.OUTSIDE;
        }
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.UK));
        if (tense == Tense.HAS_HAPPENED && date.isAfter(today)) {
            return FUTURE;
        }
        if (tense == Tense.FALLS_DUE && date.isBefore(today)) {
            return PAST;
        }
        return null;
    }

    /**
     * A time given as text (a query parameter): ISO-8601 only, then the rule. Blank is absent (null); anything else
     * unreadable or refused adds a problem of {@code field} to {@code errors} and gives null.
     */
    public static Instant instant(String field, String text, Tense tense, List<FieldProblem> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant at;
        try {
            at = IsoDates.instant(text.strip());
        } catch (DateTimeException unreadable) {
            errors.add(new FieldProblem(field, NOT_A_TIME));
            return null;
        }
        return checked(field, at, problem(at, tense), errors);
    }

    /** A date given as text (a query parameter, a page's date field): the same, for a calendar date. */
    public static LocalDate date(String field, String text, Tense tense, List<FieldProblem> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = IsoDates.date(text.strip());
        } catch (DateTimeException unreadable) {
            errors.add(new FieldProblem(field, NOT_A_DATE));
            return null;
        }
        return checked(field, date, problem(date, tense), errors);
    }

    private static <T> T checked(String field, T value, String problem, List<FieldProblem> errors) {
        if (problem != null) {
            errors.add(new FieldProblem(field, problem));
            return null;
        }
        return value;
    }

    /** The window in words, for hints beside a date field. */
    public static String window() {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(DateWindow.FIRST_DAY) + " to "
                + DateTimeFormatter.ISO_LOCAL_DATE.format(DateWindow.LAST_DAY);
    }
}
