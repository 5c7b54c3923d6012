package uk.tidemark.kernel.deadline.event;

import uk.tidemark.kernel.DataKeyed;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;

/**
 * The deadline events are applied by the case that owns the deadline, in that case's own stream, so the deadline
 * board is a projection of the event store like every other view. {@code deadlineId} is
 * {@code <caseId>/<KIND>/<key>} (the key is the warning or referral id where a case can hold several of a kind,
 * otherwise 1), unique across the system and stable under replay.
 */
public interface DeadlineEvent extends DataKeyed {
    String deadlineId();

    DeadlineKind kind();

    CaseType caseType();

    String caseId();

    static String idOf(String caseId, DeadlineKind kind, String key) {
        return caseId + "/" + kind.name() + "/" + key;
    }

    @Override
    default String dataKey() {
        return caseId();
    }
}
