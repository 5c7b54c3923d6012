package uk.tidemark.app.support;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rebuildable read models, hashed so that two states can be compared: each collection's documents sorted by
 * {@code _id}, fields in sorted order at every level (arrays keep their order, which is meaningful, except the few
 * that a projection keeps as a set: {@link #SETS}), as text, under SHA-256. Used by the rebuild-equals-live test and
 * the upgrade test.
 */
public final class ReadModelHashes {

    /** Each rebuildable processor and the collections its projections keep (their reset handlers empty them). */
    public static final Map<String, List<String>> COLLECTIONS = new LinkedHashMap<>();

    static {
        COLLECTIONS.put("incidents", List.of("incidents", "chronology", "people", "incident_retention"));
        COLLECTIONS.put("hr-register", List.of("disciplinary_cases"));
        COLLECTIONS.put("complaints-register", List.of("complaints"));
        COLLECTIONS.put("deadline-board", List.of("deadlines", "deadline_cases"));
        COLLECTIONS.put("report-publications", List.of("report_publications"));
        COLLECTIONS.put("registers", List.of("image_consent", "official_accounts", "policies", "policy_training",
                "declarations", "low_level_concerns", "subject_access_requests"));
    }

    /**
     * Top-level arrays kept as sets, by collection: a person's cases are added to the set by whichever segment's batch
     * gets there first ({@code PersonProjection}, {@code $addToSet}), and read sorted by the cases' time, so their
     * stored order depends on the threads, not the events.
     */
    public static final Map<String, Set<String>> SETS = Map.of("people", Set.of("cases"));

    private ReadModelHashes() {
    }

    /** Each collection of {@link #COLLECTIONS}: its document count and hash. */
    public static Map<String, String> of(MongoTemplate mongo) {
        Map<String, String> hashes = new TreeMap<>();
        for (List<String> collections : COLLECTIONS.values()) {
            for (String collection : collections) {
                MessageDigest sha = sha256();
                List<Document> docs = mongo.getCollection(collection).find().into(new ArrayList<>());
                docs.sort((a, b) -> String.valueOf(a.get("_id")).compareTo(String.valueOf(b.get("_id"))));
                for (Document doc : docs) {
                    sha.update(canonical(collection, doc).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) '\n');
                }
                hashes.put(collection, docs.size() + " documents, sha256 " + HexFormat.of().formatHex(sha.digest()));
            }
        }
        return hashes;
    }

    /** Each collection's documents in canonical text, by {@code _id}: to say which documents two states differ in. */
    public static Map<String, Map<String, String>> documents(MongoTemplate mongo) {
        Map<String, Map<String, String>> all = new TreeMap<>();
        for (List<String> collections : COLLECTIONS.values()) {
            for (String collection : collections) {
                Map<String, String> docs = new TreeMap<>();
                for (Document doc : mongo.getCollection(collection).find()) {
                    docs.put(String.valueOf(doc.get("_id")), canonical(collection, doc));
                }
                all.put(collection, docs);
            }
        }
        return all;
    }

    /** The documents that differ between two {@link #documents} states, at most {@code limit} of them, as text. */
    public static String differences(Map<String, Map<String, String>> before, Map<String, Map<String, String>> after,
                                     int limit) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (String collection : before.keySet()) {
            Map<String, String> a = before.get(collection);
            Map<String, String> b = after.getOrDefault(collection, Map.of());
            Set<String> ids = new TreeSet<>(a.keySet());
            ids.addAll(b.keySet());
            for (String id : ids) {
                if (!Objects.equals(a.get(id), b.get(id)) && shown++ < limit) {
                    out.append(collection).append(' ').append(id).append("\n  before: ").append(a.get(id))
                            .append("\n  after:  ").append(b.get(id)).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** A document of {@code collection} as text, its {@link #SETS} in sorted order. */
    public static String canonical(String collection, Document doc) {
        Map<String, Object> copy = new TreeMap<>(doc);
        for (String field : SETS.getOrDefault(collection, Set.of())) {
            if (copy.get(field) instanceof List<?> list) {
                List<String> members = new ArrayList<>();
                list.forEach(member -> members.add(canonical(member)));
                members.sort(null);
                copy.put(field, members);
            }
        }
        return canonical(copy);
    }

    /** A value as text with the fields of every document in sorted order; lists keep their order. */
    public static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            new TreeMap<>(map).forEach((k, v) -> out.append('"').append(k).append("\":").append(canonical(v))
                    .append(','));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(canonical(v)).append(','));
            return out.append(']').toString();
        }
        if (value instanceof Date date) {
            return "date:" + date.toInstant();
        }
        return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
