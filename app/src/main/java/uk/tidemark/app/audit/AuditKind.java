package uk.tidemark.app.audit;

/** What an audit entry records. */
public enum AuditKind {
    /** An event stored in the event store: something was done to a case. */
    EVENT,
    /** Case data was read and returned to a user. */
    READ,
    /** A user signed in (a form sign-in, or an API request's HTTP Basic credentials). */
    SIGN_IN,
    /** A sign-in was refused (wrong password, unknown or disabled account). */
    SIGN_IN_FAILED,
    /** A request was refused: a 403 for the role, or the 404 given for a case that exists but is not the user's. */
    ACCESS_DENIED,
    /** An administrator changed an account, a setting or the calendar (no case content: names, roles, dates). */
    ADMIN,
    /**
     * A signed-in session was ended because its account changed (disabled, roles or settings, password, second
     * factor): its next request was refused (decision 0024).
     */
    SESSION_ENDED,
    /** A user changed their own account: their password, or a refused attempt to (never the password itself). */
    ACCOUNT
}
