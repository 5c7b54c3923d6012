package uk.tidemark.app.audit;

/**
 * The audit trail could not take an entry; what depended on it (a read of case data, a sign-in) must not go on.
 * The store's exception is not kept as the cause, only its type: a driver's message can quote the values it
 * failed to write, and an exception that leaves the security filters is logged whole by the servlet container.
 */
public class AuditUnavailableException extends RuntimeException {

    private final String causeType;

    public AuditUnavailableException(Throwable cause) {
        super("the audit trail could not record this (" + cause.getClass().getName() + ")", null, false, true);
        this.causeType = cause.getClass().getName();
    }

    /** The type of the store's exception. */
    public String causeType() {
        return causeType;
    }
}
