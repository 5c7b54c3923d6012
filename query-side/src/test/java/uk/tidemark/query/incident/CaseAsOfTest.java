package uk.tidemark.query.incident;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.event.IncidentEvent;
import uk.tidemark.kernel.incident.query.FindIncidentAsOf;
import uk.tidemark.kernel.incident.query.FindIncidentChronologyAsOf;
import uk.tidemark.kernel.incident.query.IncidentDetail;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case as it stood (decision 0056) is what the projection's own handlers make of the case's events up to the
 * moment: at every event's time it equals the live projection fed the events to that one, and before the first it
 * is no case at all.
 */
class CaseAsOfTest {

    private final EmbeddedEventStore events = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final ReadStore store = new ReadStore();
    private final CaseAsOf past = new CaseAsOf(store.mongo,
            new StaticListableBeanFactory(Map.of("eventStore", events)).getBeanProvider(EventStore.class));

    @AfterEach
    void close() {
        store.close();
        events.shutDown();
    }

    @Test
    void atEachEventsMomentThePastIsTheLiveCaseAsItWasThen() {
        CaseHistory history = CaseHistory.wholeLifecycle("case-as-of");
        List<DomainEventMessage<IncidentEvent>> messages = history.messages();
        events.publish(messages);
        IncidentId id = history.id;
        for (DomainEventMessage<IncidentEvent> message : messages) {
            store.deliver(message);
            long seq = message.getSequenceNumber();
            IncidentDetail then = past.handle(new FindIncidentAsOf(id, history.at(seq)));
            assertThat(then).as("at event %d", seq).isEqualTo(store.detail(id.value()));
            // half a minute later (no event between): still the same
            assertThat(past.handle(new FindIncidentAsOf(id, history.at(seq).plusSeconds(30)))).isEqualTo(then);
            assertThat(past.handle(new FindIncidentChronologyAsOf(id, history.at(seq))))
                    .isEqualTo(store.chronologyOf(id.value()));
        }
        assertThat(past.handle(new FindIncidentAsOf(id, history.at(5)))).satisfies(d -> {
            assertThat(d.warnings()).hasSize(1);
            assertThat(d.warnings().get(0).response()).isNull();
            assertThat(d.version()).isEqualTo(5);
        });
    }

    @Test
    void beforeTheFirstEventThereIsNoCase() {
        CaseHistory history = CaseHistory.wholeLifecycle("not-yet");
        events.publish(history.messages());
        assertThat(past.handle(new FindIncidentAsOf(history.id, history.at(0).minusMillis(1)))).isNull();
        assertThat(past.handle(new FindIncidentChronologyAsOf(history.id, history.at(0).minusMillis(1)))).isEmpty();
        assertThat(past.handle(new FindIncidentAsOf(IncidentId.of("unknown"), history.at(3)))).isNull();
    }
}
