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
}
