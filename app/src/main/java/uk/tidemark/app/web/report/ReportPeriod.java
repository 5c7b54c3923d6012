package uk.tidemark.app.web.report;

import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.kernel.report.Quarter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code year} and {@code quarter} parameters of the report, read as text so that every offending field is
 * named in one 400 (Spring's conversion would stop at the first). Neither given: the current quarter. A quarter
 * that has not started is refused: its report could only be empty, and would read as if nothing had happened.
 */
final class ReportPeriod {
    static final int FIRST_YEAR = 2000;

    private ReportPeriod() {
    }

    static Quarter parse(String year, String quarter, Instant now) {
        Quarter current = Quarter.containing(now);
        boolean noYear = year == null || year.isBlank();
        boolean noQuarter = quarter == null || quarter.isBlank();
        if (noYear && noQuarter) {
            return current;
        }
        List<FieldProblem> errors = new ArrayList<>();
        Integer y = null;
        Integer q = null;
        if (noYear) {
            errors.add(new FieldProblem("year", "is required when a quarter is given."));
        } else {
            y = number(year.strip());
            if (y == null || y < FIRST_YEAR || y > current.year()) {
                errors.add(new FieldProblem("year", "must be a year from " + FIRST_YEAR + " to " + current.year() + "."));
                y = null;
            }
        }
        if (noQuarter) {
            errors.add(new FieldProblem("quarter", "is required when a year is given."));
        } else {
            q = number(quarter.strip());
            if (q == null || q < 1 || q > 4) {
                errors.add(new FieldProblem("quarter", "must be 1, 2, 3 or 4 (January to March is 1)."));
                q = null;
            }
        }
        if (errors.isEmpty() && (y > current.year() || y == current.year() && q > current.quarter())) {
            errors.add(new FieldProblem("quarter", "has not started yet."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Quarter(y, q);
    }

    private static Integer number(String text) {
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(text);
    }
}
