package uk.tidemark.kernel;

/**
 * Keys of the metadata every command and event carries. They are set in one place (the app's dispatch
 * interceptor, from the signed-in user), never filled in by hand by a controller.
 */
public final class Meta {
    /** Username of the signed-in user who sent the command; copied onto every event it caused. */
    public static final String ACTOR = "actor";
    /** The aggregate version the client last saw (HTTP {@code If-Match}); a mismatch is a concurrent change. */
    public static final String EXPECTED_VERSION = "expectedVersion";
    /** Correlates the events of one request. */
    public static final String CORRELATION_ID = "correlationId";
    /**
     * The reference a command that opens a case gives it (decision 0038), allocated by the app as the command is
     * sent, before the command's own transaction; without it, the aggregate allocates one itself.
     */
    public static final String REFERENCE = "reference";

    private Meta() {
    }
}
