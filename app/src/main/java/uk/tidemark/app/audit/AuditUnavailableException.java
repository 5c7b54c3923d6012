package uk.tidemark.app.audit;

/** The audit trail could not take an entry; what depended on it (a read of case data, a sign-in) must not go on. */
public class AuditUnavailableException extends RuntimeException {

    public AuditUnavailableException(Throwable cause) {
        super("the audit trail could not record this", cause);
    }
}
