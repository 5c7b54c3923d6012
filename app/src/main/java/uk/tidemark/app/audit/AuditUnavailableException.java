package uk.tidemark.app.audit;

/**
 * The audit trail could not take an entry; what depended on it (a read of case data, a sign-in, an administrator's
 * change) must not go on. The store's exception is not kept as the cause, only its type: a driver's message can
 * quote the values it failed to write, and an exception that leaves the security filters is logged whole by the
 * servlet container.
 */
public class AuditUnavailableException extends RuntimeException {

    /** What the user is told, by the API's problem detail and by the pages. */
    public static final String DETAIL = "This could not be recorded in the audit trail, so it was not done. "
            + "Try again, and tell your administrator if it happens again.";

    private final String causeType;
    private final boolean change;

    /** A read or a sign-in that could not be recorded: answered 500, with no data. */
    public AuditUnavailableException(Throwable cause) {
        this(cause, false);
    }

    private AuditUnavailableException(Throwable cause, boolean change) {
        super("the audit trail could not record this (" + cause.getClass().getName() + ")", null, false, true);
        this.causeType = cause.getClass().getName();
        this.change = change;
    }

    /**
     * A change that could not be recorded, and so was not made (its transaction rolls back): answered 503, as a
     * service that cannot do this now and may later.
     */
    public static AuditUnavailableException forChange(Throwable cause) {
        return new AuditUnavailableException(cause, true);
    }

    /** The type of the store's exception. */
    public String causeType() {
        return causeType;
    }

    /** The HTTP status the refusal answers: 503 for a change not made, 500 for a read or sign-in refused. */
    public int status() {
        return change ? 503 : 500;
    }
}
