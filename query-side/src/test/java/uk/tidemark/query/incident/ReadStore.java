package uk.tidemark.query.incident;

import uk.tidemark.kernel.incident.PersonId;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.event.IncidentEvent;
import uk.tidemark.kernel.incident.query.*;
import uk.tidemark.query.disciplinary.EmployeeAccounts;
import uk.tidemark.query.disciplinary.HrRegisterProjection;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

/**
 * A real in-process Mongo-compatible server with the incident group's projections (and the HR register, whose
 * employee accounts the conflict-of-interest queries read) and their query handlers, wired the way
 * Axon wires them: events go through {@link AnnotationEventHandlerAdapter} (so @SequenceNumber, @Timestamp
 * and @MetaDataValue are resolved for real) and queries through a {@link SimpleQueryBus}.
 */
final class ReadStore implements AutoCloseable {
    final MongoServer server = new MongoServer(new MemoryBackend());
    final MongoClient client;
    final MongoTemplate mongo;
    final IncidentProjection incidents;
    final ChronologyProjection chronology;
    final PersonProjection people;
    /** Enabled and loaded: the queries below answer lists and counts from it, as the embedded runtime does. */
    final IncidentListIndex index;
    private final List<AnnotationEventHandlerAdapter> handlers;
    private final QueryGateway queries;

    ReadStore() {
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        mongo = new MongoTemplate(client, "tidemark-test");
        index = new IncidentListIndex(mongo, true);
        index.load();
        incidents = new IncidentProjection(mongo, index);
        chronology = new ChronologyProjection(mongo);
        incidents.createIndexes();
        chronology.createIndexes();
        people = new PersonProjection(mongo, chronology);
        EmployeeAccounts employees = new EmployeeAccounts(mongo);
        employees.createIndexes();
        handlers = List.of(new AnnotationEventHandlerAdapter(incidents), new AnnotationEventHandlerAdapter(chronology),
                new AnnotationEventHandlerAdapter(people), new AnnotationEventHandlerAdapter(new HrRegisterProjection(mongo)));
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new IncidentQueries(mongo, employees, index)).subscribe(bus);
        new AnnotationQueryHandlerAdapter<>(chronology).subscribe(bus);
        new AnnotationQueryHandlerAdapter<>(people).subscribe(bus);
        queries = DefaultQueryGateway.builder().queryBus(bus).build();
    }

    static DomainEventMessage<IncidentEvent> message(IncidentEvent event, long seq, Instant at, String actor) {
        return new GenericDomainEventMessage<>("Incident", event.incidentId().value(), seq, event,
                MetaData.with(Meta.ACTOR, actor), UUID.randomUUID().toString(), at);
    }

    /** Delivers to every handler of the processing group, as the event processor does. */
    void deliver(DomainEventMessage<?> message) {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            try {
                handler.handle(message);
            } catch (Exception e) {
                throw new IllegalStateException("handler failed on " + message.getPayloadType(), e);
            }
        }
    }

    void deliverAll(List<? extends DomainEventMessage<?>> messages) {
        messages.forEach(this::deliver);
    }

    /** What the processor does before a replay from zero. */
    void resetTokens() {
        handlers.forEach(AnnotationEventHandlerAdapter::prepareReset);
    }

    IncidentDetail detail(String id) {
        return queries.query(new FindIncident(IncidentId.of(id)), ResponseTypes.instanceOf(IncidentDetail.class)).join();
    }

    Optional<PersonChronology> personChronology(String personId, Set<String> visibleSettingIds) {
        return queries.query(new FindPersonChronology(PersonId.of(personId), visibleSettingIds),
                ResponseTypes.optionalInstanceOf(PersonChronology.class)).join();
    }

    List<ChronologyEntry> chronologyOf(String id) {
        return queries.query(new FindIncidentChronology(IncidentId.of(id)),
                ResponseTypes.multipleInstancesOf(ChronologyEntry.class)).join();
    }

    IncidentPage find(IncidentFilter filter, int page, int size) {
        return queries.query(new FindIncidents(filter, page, size), ResponseTypes.instanceOf(IncidentPage.class)).join();
    }

    <R> R ask(Object query, Class<R> type) {
        return queries.query(query, ResponseTypes.instanceOf(type)).join();
    }

    /** The stored documents exactly as MongoDB holds them, in id order. */
    List<Document> raw(String collection) {
        return mongo.find(new Query().with(Sort.by("_id")), Document.class, collection);
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
