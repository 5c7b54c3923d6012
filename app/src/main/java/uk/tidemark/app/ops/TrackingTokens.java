package uk.tidemark.app.ops;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Where each event processor stands, read from the token store without claiming anything, and where the event
 * store's head is. {@code TokenStore.fetchToken} claims the segment it reads (it is meant for the processor that
 * owns it), so the stored tokens are read here straight from the Mongo token store's collection and deserialised
 * with Axon's serializer: every segment's position, whichever instance holds its claim.
 */
@Component
public class TrackingTokens {

    /** The collection {@code MongoTokenStore} keeps through Axon's {@code DefaultMongoTemplate}. */
    static final String COLLECTION = "trackingtokens";
    /** The token store's own identity row, not a processor's. */
    private static final String CONFIG_PROCESSOR = "__config";

    /**
     * One segment's stored token; {@code position} -1 when it has processed nothing yet. {@code replaying}: the
     * token is a replay token that has not yet reached {@code resetPosition}, where the segment stood when it was
     * reset. (Axon keeps the replay token until the first event beyond that point, which on a quiet system may be
     * long after everything has been replayed.)
     */
    public record SegmentToken(int segment, long position, boolean replaying, long resetPosition) {
    }

    private final MongoTemplate mongo;
    private final Serializer serializer;
    private final EventStore eventStore;

    TrackingTokens(MongoTemplate mongo, @Qualifier("serializer") Serializer serializer, EventStore eventStore) {
        this.mongo = mongo;
        this.serializer = serializer;
        this.eventStore = eventStore;
    }

    /** The global index of the last event in the event store; -1 when it is empty. */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** Every processor's segments, by processor name: one query. */
    public Map<String, List<SegmentToken>> all() {
        Map<String, List<SegmentToken>> byProcessor = new HashMap<>();
        for (Document d : mongo.getCollection(COLLECTION).find()) {
            String processor = d.getString("processorName");
            if (processor == null || CONFIG_PROCESSOR.equals(processor)) {
                continue;
            }
            byProcessor.computeIfAbsent(processor, p -> new ArrayList<>()).add(segment(d));
        }
        return byProcessor;
    }

    /** One processor's segments: one query. */
    public List<SegmentToken> of(String processor) {
        List<SegmentToken> segments = new ArrayList<>();
        for (Document d : mongo.find(Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("processorName").is(processor)),
                Document.class, COLLECTION)) {
            segments.add(segment(d));
        }
        return segments;
    }

    private SegmentToken segment(Document d) {
        Object segment = d.get("segment");
        int number = segment instanceof Number n ? n.intValue() : 0;
        TrackingToken token = token(d);
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        long at = position.orElse(-1);
        long resetAt = ReplayToken.getTokenAtReset(token).orElse(-1);
        return new SegmentToken(number, at, ReplayToken.isReplay(token) && at < resetAt, resetAt);
    }

    private TrackingToken token(Document d) {
        Object data = d.get("token");
        String type = d.getString("tokenType");
        byte[] bytes = data instanceof Binary b ? b.getData() : data instanceof byte[] raw ? raw : null;
        if (bytes == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
    }

    /** The lowest position among the segments: how far the processor as a whole has certainly got. */
    public static long lowest(List<SegmentToken> segments) {
        return segments.stream().mapToLong(SegmentToken::position).min().orElse(-1);
    }
}
