package uk.tidemark.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import uk.tidemark.kernel.Meta;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The events of one aggregate's stream, numbered from 0 and a minute apart (whole milliseconds: MongoDB stores
 * instants at that precision). {@code clock} adds an event without an actor, as a fired deadline applies it.
 */
public final class Stream {
    private final String type;
    private final String aggregateId;
    private final Instant start;
    private final List<DomainEventMessage<?>> messages = new ArrayList<>();

    public Stream(String type, String aggregateId, Instant start) {
        this.type = type;
        this.aggregateId = aggregateId;
        this.start = start;
    }

    public Stream then(String actor, Object event) {
        long seq = messages.size();
        MetaData meta = actor == null ? MetaData.emptyInstance() : MetaData.with(Meta.ACTOR, actor);
        messages.add(new GenericDomainEventMessage<>(type, aggregateId, seq, event, meta, UUID.randomUUID().toString(),
                at(seq)));
        return this;
    }

    /** One event at any sequence, without an actor: for an event that belongs to some other stream. */
    public static DomainEventMessage<?> single(String type, String aggregateId, long seq, Object event, Instant at) {
        return new GenericDomainEventMessage<>(type, aggregateId, seq, event, MetaData.emptyInstance(),
                UUID.randomUUID().toString(), at);
    }

    public Stream clock(Object event) {
        return then(null, event);
    }

    public Instant at(long seq) {
        return start.plusSeconds(60 * seq);
    }

    public long lastSequence() {
        return messages.size() - 1;
    }

    public List<DomainEventMessage<?>> messages() {
        return List.copyOf(messages);
    }

    public DomainEventMessage<?> message(long seq) {
        return messages.get((int) seq);
    }
}
