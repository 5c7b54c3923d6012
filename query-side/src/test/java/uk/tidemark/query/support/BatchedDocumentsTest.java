package uk.tidemark.query.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The batch rules of {@link BatchedDocuments}, on a real embedded Mongo server. */
class BatchedDocumentsTest {
    static final String COLLECTION = "tallies";

    static class Tally {
        @Id
        String id;
        List<String> seen = new ArrayList<>();

        static Tally of(String id, String... seen) {
            Tally t = new Tally();
            t.id = id;
            t.seen.addAll(List.of(seen));
            return t;
        }
    }

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    private final MongoTemplate mongo;
    private final List<String> stored = new ArrayList<>();
    private final BatchedDocuments<Tally> tallies;

    BatchedDocumentsTest() {
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        mongo = new MongoTemplate(client, "batch-test");
        tallies = new BatchedDocuments<>(mongo, Tally.class, COLLECTION, t -> t.id).onStored(t -> stored.add(t.id + t.seen));
    }

    @AfterEach
    void close() {
        client.close();
        server.shutdownNow();
    }

    private List<String> inStore(String id) {
        Tally t = mongo.findById(id, Tally.class, COLLECTION);
        return t == null ? null : t.seen;
    }

    /** One event's change, as a handler makes it: find, change the copy, store. */
    private void see(String id, String event) {
        Tally t = tallies.find(id);
        if (t == null) {
            tallies.create(Tally.of(id, event));
        } else {
            t.seen.add(event);
            tallies.store(t);
        }
    }

    /** Runs each event in one BatchingUnitOfWork through the interceptor, as the pooled processor does. */
    private void batch(AtomicReference<List<String>> atTokenTime, String id, Runnable... events) {
        List<EventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            messages.add(GenericEventMessage.asEventMessage(i));
        }
        BatchingUnitOfWork<EventMessage<?>> uow = new BatchingUnitOfWork<>(messages);
        // registered before any event is handled, as WorkPackage registers its token storage
        uow.onPrepareCommit(u -> atTokenTime.set(inStore(id)));
        uow.executeWithResult(() -> new DefaultInterceptorChain<>(uow, List.of(BatchedDocuments.flushAtEndOfBatch()),
                m -> {
                    events[(Integer) m.getPayload()].run();
                    return null;
                }).proceed());
    }

    @Test
    void outsideAUnitOfWorkEveryWriteGoesThroughAtOnce() {
        see("a", "e1");
        assertThat(inStore("a")).containsExactly("e1");
        see("a", "e2");
        assertThat(inStore("a")).containsExactly("e1", "e2");
        assertThat(stored).containsExactly("a[e1]", "a[e1, e2]");
    }

    @Test
    void aBatchReadsEachDocumentOnceAndWritesItOnceBeforeTheTokenIsStored() {
        mongo.save(Tally.of("a", "old"), COLLECTION);
        AtomicReference<List<String>> atToken = new AtomicReference<>();
        List<List<String>> duringBatch = new ArrayList<>();
        batch(atToken, "a",
                () -> see("a", "e1"),
                () -> {
                    // changed behind the batch's back: the batch does not read it again
                    mongo.updateFirst(Query.query(where("_id").is("a")), new Update().push("seen", "elsewhere"),
                            COLLECTION);
                    see("a", "e2");
                },
                () -> see("b", "e3"), // created in the batch...
                () -> {
                    see("b", "e4"); // ...and seen by its later events
                    duringBatch.add(inStore("a"));
                    duringBatch.add(inStore("b"));
                });
        assertThat(duringBatch).containsExactly(List.of("old", "elsewhere"), null);
        assertThat(atToken.get()).containsExactly("old", "e1", "e2");
        assertThat(inStore("b")).containsExactly("e3", "e4");
        assertThat(stored).containsExactlyInAnyOrder("a[old, e1, e2]", "b[e3, e4]");
    }

    @Test
    void aHandlerThatThrowsLeavesNoPartialChangeAndLosesNoEarlierOne() {
        batch(new AtomicReference<>(), "a",
                () -> see("a", "e1"),
                () -> {
                    try { // the dead-letter queue catches the handler's exception and the batch goes on
                        Tally t = tallies.find("a");
                        t.seen.add("half-done");
                        throw new IllegalStateException("poison");
                    } catch (IllegalStateException parked) {
                        // parked
                    }
                },
                () -> assertThat(tallies.find("a").seen).containsExactly("e1"));
        assertThat(inStore("a")).containsExactly("e1");
    }

    @Test
    void aRolledBackBatchWritesNothingAndNoStateOutlivesABatch() {
        UnitOfWork<?> failed = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("x"));
        see("a", "e1");
        failed.rollback();
        assertThat(inStore("a")).isNull();

        batch(new AtomicReference<>(), "a", () -> see("a", "e1"));
        mongo.remove(new Query(), COLLECTION); // a reset between batches
        batch(new AtomicReference<>(), "a", () -> see("a", "e2"));
        assertThat(inStore("a")).containsExactly("e2");
    }

    @Test
    void aDocumentCreatedConcurrentlyIsReplacedByTheBatchState() {
        batch(new AtomicReference<>(), "a", () -> see("a", "e1"), () -> {
            mongo.insert(Tally.of("a", "other"), COLLECTION);
            see("a", "e2");
        });
        assertThat(inStore("a")).containsExactly("e1", "e2");
    }

    @Test
    void theFlushIsAlsoRegisteredOncePerRootUnitOfWork() {
        DefaultUnitOfWork<?> root = DefaultUnitOfWork.startAndGet(null);
        see("a", "e1");
        DefaultUnitOfWork.startAndGet(null).commit(); // a nested unit (a dead letter's) does not flush
        see("a", "e2");
        assertThat(inStore("a")).isNull();
        root.commit();
        assertThat(inStore("a")).containsExactly("e1", "e2");
        assertThat(stored).containsExactly("a[e1, e2]");
    }
}
