package uk.tidemark.app.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.UnknownSerializedType;
import uk.tidemark.app.ops.TrackingTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UpgradeTest}'s checks of the events and the tracking tokens: the stored events read back through Axon, and
 * every processor starts where the old version left it and goes on from there, handling nothing old again.
 */
final class EventsAfterUpgrade {

    private EventsAfterUpgrade() {
    }

    static void tokensWhereTheyWereLeft(RunningTidemark app, FixtureManifest manifest) {
        Map<String, List<TrackingTokens.SegmentToken>> stored = app.tokens().all();
        manifest.trackingTokens().forEach((processor, segments) -> {
            Map<Integer, Long> now = new TreeMap<>();
            stored.getOrDefault(processor, List.of()).forEach(s -> now.put(s.segment(), s.position()));
            assertThat(now.keySet()).as(processor + " segments").isEqualTo(segments.keySet());
            segments.forEach((segment, position) -> assertThat(now.get(segment))
                    .as("%s segment %d at start: where the old version left it, or on from there", processor, segment)
                    .isGreaterThanOrEqualTo(position));
        });
    }

    static void everyStoredEventReadsBack(RunningTidemark app, FixtureManifest manifest) {
        EventStore eventStore = app.context.getBean(EventStore.class);
        long read = 0;
        for (JsonNode c : manifest.cases()) {
            String id = c.path("id").asText();
            long sequence = -1;
            DomainEventStream stream = eventStore.readEvents(id);
            while (stream.hasNext()) {
                DomainEventMessage<?> event = stream.next();
                assertThat(event.getSequenceNumber()).as(id).isEqualTo(sequence + 1);
                sequence = event.getSequenceNumber();
                Object payload = event.getPayload();
                assertThat(payload).as("%s #%d (%s): a known event class", id, sequence, event.getPayloadType())
                        .isNotNull().isNotInstanceOf(UnknownSerializedType.class);
                if (sequence <= c.path("version").asLong()) {
                    read++;
                }
            }
            assertThat(sequence).as("events of " + id).isGreaterThanOrEqualTo(c.path("version").asLong());
        }
        assertThat(read).as("every stored event read back through its case").isEqualTo(manifest.eventCount());
    }

    /**
     * Every processor has gone on to where the store now ends (awaitQuiet), and none of them handled anything at or
     * below where the old version left it again.
     */
    static void processorsWentOnFromTheirTokens(RunningTidemark app, FixtureManifest manifest) {
        app.awaitQuiet(Duration.ofSeconds(60), true);
        long head = app.head();
        assertThat(head).as("new events were appended").isGreaterThan(manifest.eventsHead());
        Map<String, HandledEvents.Seen> handled = app.handled().byProcessor();
        System.out.printf("[upgrade] handled since start, the fixture's head at %d: %s%n", manifest.eventsHead(),
                handled);
        assertThat(handled).as("processors that handled the new events")
                .containsKeys("incidents", "deadline-board", "audit", "notifications");
        // nothing at or below where each processor was left: its token, which for a processor that handles few
        // events may lag the head. A processor new since the fixture (issue 18's registers and register policies)
        // starts from the first event by design: the register policies count the low-level concerns triaged before.
        Map<String, Map<Integer, Long>> tokens = manifest.trackingTokens();
        handled.forEach((processor, seen) -> {
            if (!tokens.containsKey(processor)) {
                assertThat(processor).as("a processor new since the fixture").isIn("registers", "register-policies");
                return;
            }
            long leftAt = tokens.get(processor).values().stream().mapToLong(Long::longValue).min().orElse(-1);
            assertThat(seen.lowest())
                    .as("%s: the lowest index handled since start (%s); it was left at %d, the fixture ends at %d",
                            processor, seen, leftAt, manifest.eventsHead())
                    .isGreaterThan(leftAt);
        });
    }
}
