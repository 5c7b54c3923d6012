package uk.tidemark.kernel.time;

import uk.tidemark.kernel.RefusedCommandException;

/**
 * A command refused for one of its dates: outside the {@link DateWindow}, or in an order the case cannot have (a
 * panel that met before it was asked for). Unlike other refusals it names the command's field, which is the request's
 * field of the same name, so the API answers it as bad input (400, the field named) rather than as the case's state
 * (409). The web refuses these dates first; this is the aggregates' backstop.
 */
public class DateRefusedException extends RefusedCommandException {

    private final String field;
    private final String detail;

    /**
     * @param field  the command's (and the request's) field, e.g. {@code hearingOn}
     * @param detail what is wrong with it, as a field problem: "must be between 1900-01-01 and 2100-12-31."
     */
    public DateRefusedException(String field, String detail) {
        super(field + " " + detail);
        this.field = field;
        this.detail = detail;
    }

    public String field() {
        return field;
    }

    public String detail() {
        return detail;
    }
}
