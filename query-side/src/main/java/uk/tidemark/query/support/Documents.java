package uk.tidemark.query.support;

/**
 * Where a projection's handlers find and keep one read model's documents: the read store, a batch at a time
 * ({@link BatchedDocuments}), or memory ({@link MemoryDocuments}), where the same handlers fold one case's events up
 * to a moment into the case as it stood then (decision 0056).
 *
 * @param <T> the mapped document type
 */
public interface Documents<T> {

    /** A copy of the document with this id, or null: a handler changes the copy and {@link #store}s it. */
    T find(String id);

    /** Stores a document believed absent (a new id). */
    void create(T doc);

    /** Stores the document's new state, replacing (or creating) the document with its id. */
    void store(T doc);
}
