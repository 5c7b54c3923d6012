package uk.tidemark.query.support;

import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A read model's documents kept in memory for one question, never written anywhere: what a projection's own handlers
 * make of a few events (one case's, up to a moment, decision 0056). Each document is kept as the BSON the read store
 * would hold, through the store's own converter, so what is read back is what the store would give (instants to the
 * millisecond, the same nulls and empty lists), and {@link #find} answers a fresh copy, as {@link BatchedDocuments}
 * does: a handler that throws before storing leaves the document as it was.
 *
 * @param <T> the mapped document type
 */
public final class MemoryDocuments<T> implements Documents<T> {

    private final MongoConverter converter;
    private final Class<T> type;
    private final Function<T, String> idOf;
    private final Map<String, Document> documents = new LinkedHashMap<>();

    public MemoryDocuments(MongoConverter converter, Class<T> type, Function<T, String> idOf) {
        this.converter = converter;
        this.type = type;
        this.idOf = idOf;
    }

    @Override
    public T find(String id) {
        Document bson = documents.get(id);
        return bson == null ? null : converter.read(type, bson);
    }

    @Override
    public void create(T doc) {
        store(doc);
    }

    @Override
    public void store(T doc) {
        Document bson = new Document();
        converter.write(doc, bson);
        documents.put(idOf.apply(doc), bson);
    }

    /** Every document, in the order each was first stored. */
    public List<T> all() {
        List<T> all = new ArrayList<>(documents.size());
        documents.values().forEach(bson -> all.add(converter.read(type, bson)));
        return all;
    }
}
