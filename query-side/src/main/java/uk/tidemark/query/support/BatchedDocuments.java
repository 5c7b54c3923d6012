package uk.tidemark.query.support;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * One read model's documents, read once and written once per Axon batch instead of once per event.
 * <p>
 * <b>Why.</b> The embedded read store (mongo-java-server, file-backed) pays a large fixed cost per document written
 * or read: it stores each document by Java serialisation in an H2 file. Profiled (docs/benchmarks.md), 36-40% of
 * the CPU of an {@code incidents} rebuild was that serialisation, and the rebuild ran at ~1,000 events/s while plain
 * unordered bulk upserts on the same store ran at 11,500-14,000/s: each of the group's three projections read and
 * replaced a document per event. A case's events mostly arrive together in a batch, so reading a case once and
 * writing it once per batch, in one bulk request, removes much of that cost: measured, the rebuild went from 730 to
 * ~2,100 events/s and the catch-up after a saturated command phase from 21.8 s to 2-3 s
 * (docs/decisions/0022-batched-projection-writes.md).
 * <p>
 * <b>How.</b> Inside a unit of work the state lives in the ROOT unit of work's resources (the batch's): nothing
 * survives a batch, so a reset and replay start from the store. {@link #find} loads a document once per batch (the
 * ids a batch's events name in one {@code _id $in} query, see {@link #prefetching}; any other on first access) and
 * afterwards answers from memory (documents {@link #create created} earlier in the batch included); it returns a
 * fresh copy each time, mapped from the batch's BSON state. {@link #store} and
 * {@link #create} put the handler's changed copy back: a handler that throws before storing leaves the batch state
 * as the earlier events made it. Every changed document is written once, by {@code _id} only (the embedded server
 * answers no other filter from an index), in one unordered bulk request per collection, when the batch's last
 * message has been handled ({@link #flushAtEndOfBatch()}, which must run before the processor stores its token),
 * and at the latest when the root unit of work prepares its commit. Outside a unit of work (tests calling handlers
 * directly) it reads and writes through at once. A batch's documents and their writing are a
 * {@link DocumentBatch}.
 * <p>
 * Each stored document is then given to {@link #onStored}'s callback, once per write, after the write succeeded.
 *
 * @param <T> the mapped document type
 */
public final class BatchedDocuments<T> implements Documents<T> {
    private static final Logger log = LoggerFactory.getLogger(BatchedDocuments.class);
    private static final String BATCH = BatchedDocuments.class.getName() + ".batch";

    private final MongoTemplate mongo;
    private final Class<T> type;
    private final String collection;
    private final Function<T, String> idOf;
    private Consumer<T> onStored = doc -> { };
    private Function<Document, Update> merge;
    private Function<Object, Stream<String>> idsIn = payload -> Stream.empty();

    public BatchedDocuments(MongoTemplate mongo, Class<T> type, String collection, Function<T, String> idOf) {
        this.mongo = mongo;
        this.type = type;
        this.collection = collection;
        this.idOf = idOf;
    }

    /** Each stored document is given to {@code callback}, once per write, after the write succeeded. */
    public BatchedDocuments<T> onStored(Consumer<T> callback) {
        this.onStored = callback;
        return this;
    }

    /**
     * Writes a changed document as an upsert of the update {@code merge} gives for its stored form, not a replace:
     * for documents that events of different aggregates change (so different segments, each with its own batch on
     * its own thread), where a replace would lose another batch's change.
     */
    public BatchedDocuments<T> mergedBy(Function<Document, Update> merge) {
        this.merge = merge;
        return this;
    }

    /**
     * The ids an event's handlers will {@link #find}: on first use in a batch every id of the batch's events is
     * loaded in one {@code _id $in} query (index-answered, like a single _id lookup) instead of one round trip each.
     */
    public BatchedDocuments<T> prefetching(Function<Object, Stream<String>> idsInPayload) {
        this.idsIn = idsInPayload;
        return this;
    }

    /** A copy of the document as this batch has it (loaded from the store on first access), or null. */
    @Override
    public T find(String id) {
        DocumentBatch<T> batch = currentBatch();
        return batch == null ? mongo.findById(id, type, collection) : batch.find(id);
    }

    /**
     * Stores a document believed absent ({@link #find} answered null, or a new id): in a batch an insert, or, if it
     * is in the store after all (a redelivered event, another writer), a replace (a merge with {@link #mergedBy});
     * outside a batch an insert, a duplicate kept as stored.
     */
    @Override
    public void create(T doc) {
        DocumentBatch<T> batch = currentBatch();
        if (batch == null && merge != null) {
            store(doc);
            return;
        }
        if (batch == null) {
            try {
                mongo.insert(doc, collection);
                onStored.accept(doc);
            } catch (DuplicateKeyException raced) {
                log.debug("A document of {} was created concurrently; keeping the stored one", collection);
            }
            return;
        }
        batch.create(doc);
    }

    /** Stores the document's new state, replacing (or creating) the document with its id. */
    @Override
    public void store(T doc) {
        DocumentBatch<T> batch = currentBatch();
        if (batch == null) {
            if (merge != null) {
                Document bson = new Document();
                mongo.getConverter().write(doc, bson);
                mongo.upsert(byId(bson), merge.apply(bson), type, collection);
            } else {
                mongo.save(doc, collection);
            }
            onStored.accept(doc);
            return;
        }
        batch.store(doc);
    }

    /**
     * A processor interceptor that writes the batch's changes once its last message has been handled. Needed because
     * the pooled processor registers its own token storage first in the batch's prepare-commit phase, and the token
     * store (Mongo) has no transaction: a token stored before the documents would lose the batch's changes on a crash.
     */
    public static MessageHandlerInterceptor<EventMessage<?>> flushAtEndOfBatch() {
        return new FlushAtEndOfBatch();
    }

    /** See {@link #flushAtEndOfBatch()}; a class of its own so that a test can find it on a processor. */
    public static final class FlushAtEndOfBatch implements MessageHandlerInterceptor<EventMessage<?>> {
        private FlushAtEndOfBatch() {
        }

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            Object result = chain.proceed();
            if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isLastMessage()) {
                Batch state = (Batch) unitOfWork.root().resources().get(BATCH);
                if (state != null) {
                    state.flush();
                }
            }
            return result;
        }
    }

    /** This collection's documents in the current batch, or null outside a unit of work. */
    @SuppressWarnings("unchecked")
    private DocumentBatch<T> currentBatch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Batch batch = (Batch) root.resources().computeIfAbsent(BATCH, key -> {
            Batch created = new Batch();
            root.onPrepareCommit(u -> created.flush());
            return created;
        });
        return (DocumentBatch<T>) batch.collections.computeIfAbsent(this, c -> prefetched(root));
    }

    private DocumentBatch<T> prefetched(UnitOfWork<?> root) {
        DocumentBatch<T> documents = new DocumentBatch<>(mongo, type, collection, idOf, merge, onStored);
        if (root instanceof BatchingUnitOfWork<?> batch) {
            documents.load(batch.getMessages().stream().flatMap(this::idsInOrNone)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        return documents;
    }

    /** A message whose payload cannot be read is left to its own handling (its ids are then read one by one). */
    private Stream<String> idsInOrNone(Message<?> message) {
        try {
            return idsIn.apply(message.getPayload());
        } catch (RuntimeException unreadable) {
            return Stream.empty();
        }
    }

    /** By _id alone: the embedded server answers only _id lookups from an index (docs/platform-pitfalls.md #9). */
    static Query byId(Document bson) {
        return Query.query(where("_id").is(bson.get("_id")));
    }

    /** A batch's state, every collection's: flushed once, in the order the collections were first used. */
    private static final class Batch {
        final Map<BatchedDocuments<?>, DocumentBatch<?>> collections = new LinkedHashMap<>();

        void flush() {
            collections.values().forEach(DocumentBatch::flush);
        }
    }
}
