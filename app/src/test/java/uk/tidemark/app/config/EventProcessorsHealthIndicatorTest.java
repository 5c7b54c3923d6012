package uk.tidemark.app.config;

import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness waits for every event processor to start, once (decision 0033): two real Axon processors on an event bus,
 * started one after the other, then one stopped as a rebuild stops it.
 */
class EventProcessorsHealthIndicatorTest {

    @Test
    void outOfServiceUntilEveryProcessorHasStartedThenUpEvenWhenOneStopsForARebuild() {
        SimpleEventBus bus = SimpleEventBus.builder().build();
        SubscribingEventProcessor incidents = processor("incidents", bus);
        SubscribingEventProcessor audit = processor("audit", bus);
        EventProcessorsHealthIndicator indicator = new EventProcessorsHealthIndicator(
                () -> List.<EventProcessor>of(incidents, audit));

        assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(indicator.health().getDetails()).containsEntry("notStarted", List.of("audit", "incidents"));
        incidents.start();
        assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(indicator.health().getDetails()).containsEntry("notStarted", List.of("audit"));
        audit.start();
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);

        incidents.shutDown(); // a rebuild stops it on every instance for a while: no reason to take them all out
        assertThat(incidents.isRunning()).isFalse();
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        audit.shutDown();
    }

    private static SubscribingEventProcessor processor(String name, SimpleEventBus bus) {
        return SubscribingEventProcessor.builder().name(name).messageSource(bus)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(new Object()).build())
                .build();
    }
}
