package uk.tidemark.app.web.problem;

/**
 * Describes a failure for the log without any exception message. Messages can carry case data: Axon's
 * event-store exceptions quote the failed INSERT with the serialised event, driver exceptions quote values.
 * The exception types and the frames where they arose are enough to find the fault; the data stays out of
 * the log.
 */
public final class MessageFreeTrace {

    private static final int FRAMES_PER_CAUSE = 8;

    private MessageFreeTrace() {
    }

    public static String of(Throwable failure) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 10; t = t.getCause(), depth++) {
            out.append(depth == 0 ? "" : "\n  caused by ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES_PER_CAUSE, frames.length); i++) {
                out.append("\n    at ").append(frames[i]);
            }
        }
        return out.toString();
    }
}
