package uk.tidemark.app.refusal;

import java.util.Comparator;
import java.util.List;

/**
 * A request refused before anything was dispatched, for reasons that Bean Validation cannot see (a setting the
 * user does not belong to, a page size out of range, an unreadable {@code If-Match}). Answered as 400.
 */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldProblem> errors;

    public InvalidRequestException(List<FieldProblem> errors) {
        super("invalid request: " + errors.stream().map(FieldProblem::field).toList());
        // in field order, like Bean Validation's findings, so that answers are stable
        this.errors = errors.stream().sorted(Comparator.comparing(FieldProblem::field)).toList();
    }

    public InvalidRequestException(String field, String detail) {
        this(List.of(new FieldProblem(field, detail)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
