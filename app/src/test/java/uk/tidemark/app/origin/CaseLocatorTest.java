package uk.tidemark.app.origin;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.incident.event.IncidentLogged;
import uk.tidemark.kernel.incident.event.IncidentTransferred;
import uk.tidemark.kernel.incident.event.NoteAdded;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a case belongs decides who may see it. An incident moved to another setting by a record transfer (decision
 * 0055) belongs there from the next request on, on every instance: also where the transfer was made by another
 * instance, which never told this one's cache to forget the case.
 */
class CaseLocatorTest {

    private static final IncidentId CASE = IncidentId.of("case-1");
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final CaseLocator locator = new CaseLocator(store);
    private long sequence;

    @AfterEach
    void stop() {
        store.shutDown();
    }

    @Test
    void anIncidentTransferredElsewhereBelongsToItsNewSettingAtOnce() {
        append(new IncidentLogged(CASE, "alder", Category.CYBERBULLYING, Platform.WHATSAPP, Instant.now(),
                "Name-calling in a class group chat", List.of(), List.of(), false, "dsl", "AS-26-0001", null));
        append(new NoteAdded(CASE, "n1", "Spoke to the form tutor."));
        assertThat(settingOf()).isEqualTo("alder");

        append(new IncidentTransferred(CASE, "alder", "birch", "Birch School", null, "transfer-1"));
        assertThat(settingOf()).as("seen without forget(), as on an instance that did not make the transfer")
                .isEqualTo("birch");

        append(new NoteAdded(CASE, "n2", "Birch's lead has it."));
        append(new IncidentTransferred(CASE, "birch", null, null, "Oak Academy", "transfer-2"));
        assertThat(settingOf()).as("sent to a school outside Tidemark, the case stays where it is")
                .isEqualTo("birch");
        assertThat(locator.locate(CASE.value(), CaseType.COMPLAINT)).as("not a complaint").isEmpty();
    }

    private String settingOf() {
        return locator.locate(CASE.value(), CaseType.INCIDENT).orElseThrow().settingId();
    }

    private void append(Object event) {
        store.publish(new GenericDomainEventMessage<>("IncidentAggregate", CASE.value(), sequence++, event));
    }
}
