package uk.tidemark.query.support;

import com.mongodb.bulk.BulkWriteError;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * One collection's documents as one Axon batch has them, for {@link BatchedDocuments}: each document's state as
 * BSON, loaded from the store once or made by the batch's handlers, and the writing of those the batch changed,
 * once each, by _id only, in one unordered bulk request when the batch ends. Nothing here outlives its batch.
 *
 * @param <T> the mapped document type
 */
final class DocumentBatch<T> {
    /** Logged under {@link BatchedDocuments}, whose batch this is. */
    private static final Logger log = LoggerFactory.getLogger(BatchedDocuments.class);
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final Class<T> type;
    private final String collection;
    private final Function<T, String> idOf;
    /** Null: a changed document replaces the stored one. */
    private final Function<Document, Update> merge;
    private final Consumer<T> onStored;
    private final Map<String, Entry<T>> entries = new LinkedHashMap<>();

    DocumentBatch(MongoTemplate mongo, Class<T> type, String collection, Function<T, String> idOf,
                  Function<Document, Update> merge, Consumer<T> onStored) {
        this.mongo = mongo;
        this.type = type;
        this.collection = collection;
        this.idOf = idOf;
        this.merge = merge;
        this.onStored = onStored;
    }

    /** Loads the documents with {@code ids} in one {@code _id $in} query; an id not found is known to be absent. */
    void load(Set<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        ids.forEach(id -> entries.put(id, new Entry<>(null)));
        for (Document found : mongo.find(Query.query(where("_id").in(ids)), Document.class, collection)) {
            entries.put(String.valueOf(found.get("_id")), new Entry<>(found));
        }
    }

    /** A fresh copy of the document as this batch has it (loaded from the store on first access), or null. */
    T find(String id) {
        Entry<T> entry = entries.get(id);
        if (entry == null) {
            entry = new Entry<>(mongo.findById(id, Document.class, collection));
            entries.put(id, entry);
        }
        return entry.bson == null ? null : mongo.getConverter().read(type, entry.bson);
    }

    /** A document believed absent: inserted at the end of the batch, unless the store turned out to have it. */
    void create(T doc) {
        Entry<T> known = entries.get(idOf.apply(doc));
        put(doc, known == null || known.bson == null || known.isNew);
    }

    /** A document's new state, written over the stored one at the end of the batch (inserted if the batch made it). */
    void store(T doc) {
        Entry<T> known = entries.get(idOf.apply(doc));
        put(doc, known != null && known.isNew);
    }

    private void put(T doc, boolean isNew) {
        Document bson = new Document();
        mongo.getConverter().write(doc, bson);
        Entry<T> entry = new Entry<>(bson);
        entry.typed = doc;
        entry.isNew = isNew;
        entry.dirty = true;
        entries.put(idOf.apply(doc), entry);
    }

    /** Writes the changed documents once each, in one unordered bulk request, by _id only. */
    void flush() {
        List<Entry<T>> changed = entries.values().stream().filter(e -> e.dirty).toList();
        if (changed.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, type, collection);
        for (Entry<T> entry : changed) {
            if (entry.isNew) {
                bulk.insert(entry.bson);
            } else {
                write(bulk, entry);
            }
        }
        try {
            bulk.execute();
        } catch (BulkOperationException e) {
            retryCreatedConcurrently(changed, e);
        }
        for (Entry<T> entry : changed) {
            entry.dirty = false;
            entry.isNew = false;
            onStored.accept(entry.typed);
        }
    }

    /**
     * An insert that met a duplicate _id: a redelivered event's document, or one another writer created since this
     * batch read it (a previous segment owner: the same events; another segment: merged). Written over it.
     */
    private void retryCreatedConcurrently(List<Entry<T>> changed, BulkOperationException e) {
        List<Entry<T>> duplicates = new ArrayList<>();
        for (BulkWriteError error : e.getErrors()) {
            Entry<T> entry = changed.get(error.getIndex());
            if (error.getCode() != DUPLICATE_KEY || !entry.isNew) {
                throw e;
            }
            duplicates.add(entry);
        }
        log.debug("{} document(s) of {} existed already; written over", duplicates.size(), collection);
        BulkOperations again = mongo.bulkOps(BulkMode.UNORDERED, type, collection);
        duplicates.forEach(entry -> write(again, entry));
        again.execute();
    }

    private void write(BulkOperations bulk, Entry<T> entry) {
        if (merge != null) {
            bulk.upsert(BatchedDocuments.byId(entry.bson), merge.apply(entry.bson));
        } else {
            bulk.replaceOne(BatchedDocuments.byId(entry.bson), entry.bson, FindAndReplaceOptions.options().upsert());
        }
    }

    /** One document in a batch: its state as BSON (null: not in the store), and the typed copy last stored. */
    private static final class Entry<T> {
        final Document bson;
        T typed;
        boolean isNew;
        boolean dirty;

        Entry(Document bson) {
            this.bson = bson;
        }
    }
}
