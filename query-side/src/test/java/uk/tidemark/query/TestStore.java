package uk.tidemark.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A real in-process Mongo-compatible server with the projections and query handlers a test registers, wired as
 * Axon wires them: events through {@link AnnotationEventHandlerAdapter} (so the parameter annotations resolve for
 * real) and queries through a {@link SimpleQueryBus}.
 */
public final class TestStore implements AutoCloseable {
    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    public final MongoTemplate mongo;
    private final List<AnnotationEventHandlerAdapter> handlers = new ArrayList<>();
    private final SimpleQueryBus bus = SimpleQueryBus.builder().build();
    private final QueryGateway queries = DefaultQueryGateway.builder().queryBus(bus).build();

    public TestStore() {
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        mongo = new MongoTemplate(client, "tidemark-test");
    }

    /** Registers a projection's event handlers (of one processing group). */
    public <T> T projection(Function<MongoTemplate, T> factory) {
        T projection = factory.apply(mongo);
        handlers.add(new AnnotationEventHandlerAdapter(projection));
        return projection;
    }

    /** Registers a class's query handlers. */
    public <T> T queries(Function<MongoTemplate, T> factory) {
        T handler = factory.apply(mongo);
        new AnnotationQueryHandlerAdapter<>(handler).subscribe(bus);
        return handler;
    }

    /** Delivers to every registered handler, as the event processor does. */
    public void deliver(DomainEventMessage<?> message) {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            try {
                handler.handle(message);
            } catch (Exception e) {
                throw new IllegalStateException("handler failed on " + message.getPayloadType(), e);
            }
        }
    }

    public void deliverAll(List<? extends DomainEventMessage<?>> messages) {
        messages.forEach(this::deliver);
    }

    /** What the processor does before a replay from zero: every reset handler runs. */
    public void resetTokens() {
        handlers.forEach(AnnotationEventHandlerAdapter::prepareReset);
    }

    public <R> R ask(Object query, ResponseType<R> type) {
        return queries.query(query, type).join();
    }

    /** The stored documents exactly as MongoDB holds them, in id order. */
    public List<Document> raw(String collection) {
        return mongo.find(new Query().with(Sort.by("_id")), Document.class, collection);
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
