package uk.tidemark.command.reference;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a new case's short reference comes from ({@code RP-26-0042}: the setting's code, the two-digit year the case
 * was logged in London, a number counted per trust, code and year; decision 0038). The command side only knows this
 * interface; the application counts in its relational store.
 *
 * <p>The aggregate that opens a case asks once, in the command that creates it, and the creating event carries the
 * answer, so replaying events never allocates again. The application allocates as it sends the command (its
 * {@link uk.tidemark.kernel.Meta#REFERENCE} metadata), in a short transaction of its own before the command's, so
 * that two cases of one setting do not wait for each other's commit; a command sent without one (the tests, a tool)
 * is given one here, in the command's transaction.
 */
@FunctionalInterface
public interface CaseReferences {

    /**
     * The next reference of the setting for a case logged at {@code loggedAt}; null when the setting is unknown to
     * the counter (a case then has none, as the cases logged before references existed had none).
     */
    String allocate(String settingId, Instant loggedAt);

    /** The reference the command was sent with, or one allocated now when it was sent without. */
    default String given(String sent, String settingId, Instant loggedAt) {
        return sent != null ? sent : allocate(settingId, loggedAt);
    }

    /**
     * The reference to give a case opened before references existed, counted in the year it was opened; empty when
     * it has one already ({@code current}: a second start, or another instance, asked again) or its setting has no
     * code.
     */
    default Optional<String> forOldCase(String current, String settingId, Instant openedAt) {
        return current != null ? Optional.empty() : Optional.ofNullable(allocate(settingId, openedAt));
    }
}
