package uk.tidemark.query.support;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Feeds a projection's own handlers the events of one record again, as the event store reads them back now: after
 * the record's data key was destroyed (decision 0051), its personal values read back as the erasure marker, so what
 * the projection rebuilds of the record is what a rebuild of every projection would make. While it runs,
 * {@link #replaying()} is true on the handling thread, for handlers whose writes are first-write-wins (an entry
 * created once) to replace instead.
 */
public final class StreamReplay {

    private static final ThreadLocal<Boolean> REPLAYING = ThreadLocal.withInitial(() -> false);

    private final Supplier<EventStore> events;
    private final AnnotationEventHandlerAdapter handlers;

    public StreamReplay(Supplier<EventStore> events, Object projection) {
        this.events = events;
        this.handlers = new AnnotationEventHandlerAdapter(projection);
    }

    /** Whether the current thread is replaying a record's events. */
    public static boolean replaying() {
        return REPLAYING.get();
    }

    /**
     * Hands every event of the record's stream before sequence {@code before} to the projection's handlers, after
     * {@code first} was given the record's first event (sequence 0), for the projection to start its documents of
     * the record afresh.
     */
    public void replay(String recordId, long before, Consumer<DomainEventMessage<?>> first) {
        EventStore store = events.get();
        if (store == null) {
            throw new IllegalStateException("no event store to read the record's events from");
        }
        REPLAYING.set(true);
        try {
            DomainEventStream stream = store.readEvents(recordId);
            while (stream.hasNext()) {
                DomainEventMessage<?> event = stream.next();
                if (event.getSequenceNumber() >= before) {
                    break;
                }
                if (event.getSequenceNumber() == 0) {
                    first.accept(event);
                } else if (handlers.canHandle(event)) {
                    handlers.handle(event);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not replay a record's events", e);
        } finally {
            REPLAYING.set(false);
        }
    }
}
