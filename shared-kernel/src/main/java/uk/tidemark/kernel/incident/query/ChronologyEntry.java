package uk.tidemark.kernel.incident.query;

import java.time.Instant;

/**
 * One line of a case's chronology: when, which event type (e.g. {@code WARNING_ISSUED}), who, and a
 * one-sentence summary. {@code sequence} is the event's sequence number within the case.
 */
public record ChronologyEntry(Instant at, String type, String actor, String summary, long sequence) {
}
