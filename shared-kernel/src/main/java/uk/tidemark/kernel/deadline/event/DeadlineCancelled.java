package uk.tidemark.kernel.deadline.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;

/**
 * A pending deadline stopped applying without being met or missed (an overturned warning no longer expires).
 * The board drops it; the event stays in the case's history.
 */
@Revision("1")
public record DeadlineCancelled(String deadlineId, DeadlineKind kind, CaseType caseType, String caseId,
                                String reason) implements DeadlineEvent {

    /**
     * How the reason of a deadline settled by closing its incident begins (decision 0044). The chronology shows only
     * those: a cancellation recorded before that decision left no line, and a rebuild must give what was left.
     */
    public static final String SETTLED_BY_CLOSING = "Settled when the case was closed";

    /** Whether this deadline was settled by closing its case, under decision 0044. */
    public boolean settledByClosing() {
        return reason != null && reason.startsWith(SETTLED_BY_CLOSING);
    }
}
