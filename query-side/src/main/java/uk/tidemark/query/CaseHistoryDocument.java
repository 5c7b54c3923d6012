package uk.tidemark.query;

import org.springframework.data.annotation.Id;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What every case document with a history holds besides its own fields: its id, the history lines, when it last
 * changed, and the sequence number of the last event applied (the idempotency guard, and the version clients
 * see). {@link CaseHistories} reads, changes and writes such documents the one way all their projections do.
 */
public abstract class CaseHistoryDocument {

    @Id
    public String id;
    public List<HistoryEntry> history = new ArrayList<>();
    public Instant updatedAt;
    public long lastSequence;

    /** One line of a case's history: when, which event, who (null for the clock), and a sentence. */
    public record HistoryEntry(Instant at, String type, String actor, String summary) {
    }
}
