package uk.tidemark.query.incident;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.incident.query.ChronologyEntry;
import uk.tidemark.kernel.incident.query.FindIncidentAsOf;
import uk.tidemark.kernel.incident.query.FindIncidentChronologyAsOf;
import uk.tidemark.kernel.incident.query.IncidentDetail;
import uk.tidemark.query.support.MemoryDocuments;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * A case as it stood at a moment (issue 20, decision 0056): its own events, read from the event store up to and
 * including the moment, handed to fresh instances of {@link IncidentProjection} and {@link ChronologyProjection}
 * whose documents are kept in memory ({@link MemoryDocuments}), then mapped by the same {@link IncidentViews} as the
 * live case. The projections' own handlers make the past, so there is no second table of what each event changes
 * that could drift from theirs. Nothing is written to the read store.
 * <p>
 * The event store reads a case's events back as they are now: once its data key is destroyed (decision 0051), its
 * personal values read back as the erasure marker, so an erased case's past is erased too.
 */
@Component
public class CaseAsOf {

    private final MongoConverter converter;
    private final ObjectProvider<EventStore> events;

    public CaseAsOf(MongoTemplate mongo, ObjectProvider<EventStore> events) {
        this.converter = mongo.getConverter();
        this.events = events;
    }

    /** The case as its events to the moment made it; null when it had no event yet (it did not exist). */
    @QueryHandler
    public IncidentDetail handle(FindIncidentAsOf query) {
        String id = query.incidentId().value();
        MemoryDocuments<IncidentDocument> cases = new MemoryDocuments<>(converter, IncidentDocument.class, d -> d.id);
        fold(id, query.asOf(), new IncidentProjection(cases, events::getIfAvailable));
        IncidentDocument doc = cases.find(id);
        return doc == null ? null : IncidentViews.detail(doc);
    }

    /** The chronology its events to the moment made, oldest first; empty when it did not exist yet. */
    @QueryHandler
    public List<ChronologyEntry> handle(FindIncidentChronologyAsOf query) {
        String id = query.incidentId().value();
        MemoryDocuments<ChronologyDocument> entries = new MemoryDocuments<>(converter, ChronologyDocument.class,
                ChronologyDocument::id);
        fold(id, query.asOf(), new ChronologyProjection(entries, events::getIfAvailable));
        return ChronologyProjection.entries(entries.all().stream().filter(e -> e.incidentId().equals(id))
                .sorted(Comparator.comparingLong(ChronologyDocument::sequence)).toList());
    }

    /**
     * Hands the case's events to the projection's handlers, oldest first, until the first one after the moment.
     * Compared to the millisecond: the times the API shows (and the read store keeps) are to the millisecond, so a
     * moment taken from one of them includes its event.
     */
    private void fold(String caseId, Instant asOf, Object projection) {
        EventStore store = events.getIfAvailable();
        if (store == null) {
            throw new IllegalStateException("no event store to read the case's events from");
        }
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        DomainEventStream stream = store.readEvents(caseId);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().truncatedTo(ChronoUnit.MILLIS).isAfter(asOf)) {
                break;
            }
            try {
                if (handlers.canHandle(event)) {
                    handlers.handle(event);
                }
            } catch (Exception e) {
                throw new IllegalStateException("could not fold an event of the case", e);
            }
        }
    }
}
