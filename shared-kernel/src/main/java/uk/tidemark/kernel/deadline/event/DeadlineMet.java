package uk.tidemark.kernel.deadline.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;

/** A pending deadline was met, by the event applied just before this one in the same stream. */
@Revision("1")
public record DeadlineMet(String deadlineId, DeadlineKind kind, CaseType caseType, String caseId) implements DeadlineEvent {
}
