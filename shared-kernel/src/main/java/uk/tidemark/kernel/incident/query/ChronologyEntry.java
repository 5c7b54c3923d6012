package uk.tidemark.kernel.incident.query;

import java.time.Instant;

/**
 * One line of a case's chronology: when, which event type (e.g. {@code WARNING_ISSUED}), who, and a
 * one-sentence summary. {@code sequence} is the event's sequence number within the case.
 *
 * <p>A case received from another installation (decision 0057) begins with the lines of its chronology there,
 * {@code received} true: {@code sequence} is the line's sequence in the sending case, {@code actor} null and
 * {@code actorName} the name the sending installation gave; for every other line {@code actorName} is null and
 * {@code actor} a username of this installation.
 */
public record ChronologyEntry(Instant at, String type, String actor, String summary, long sequence,
                              boolean received, String actorName) {

    /** A line of this installation's own. */
    public ChronologyEntry(Instant at, String type, String actor, String summary, long sequence) {
        this(at, type, actor, summary, sequence, false, null);
    }
}
