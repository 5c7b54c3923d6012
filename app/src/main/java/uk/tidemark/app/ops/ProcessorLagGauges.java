package uk.tidemark.app.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code tidemark_processor_lag_events{processor}}: how many events each processor is behind, the event store's
 * head global index less the lowest position among the processor's segments in the token store. Axon's own
 * {@code eventProcessor_latency} is a time (the age of the last event handled) and stands still when nothing
 * happens; this is a count, read at scrape time across every instance's segments, so one instance's figure is the
 * deployment's. Computed at most once a second (one SQL max and one Mongo query for every processor at once).
 */
@Component
class ProcessorLagGauges {

    private static final Logger log = LoggerFactory.getLogger(ProcessorLagGauges.class);

    private final TrackingTokens tokens;
    private final EventProcessingConfiguration processing;
    private final MultiGauge lag;
    private final Cached<Map<String, Long>> snapshot;

    ProcessorLagGauges(TrackingTokens tokens, EventProcessingConfiguration processing, MeterRegistry registry) {
        this.tokens = tokens;
        this.processing = processing;
        this.lag = MultiGauge.builder("tidemark.processor.lag.events")
                .description("Events in the event store that the processor has not reached yet: the store's head "
                        + "global index less the lowest position among the processor's segments")
                .baseUnit("events")
                .register(registry);
        this.snapshot = new Cached<>(Duration.ofSeconds(1), this::compute);
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerProcessors() {
        List<String> names = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(p -> p.getName()).sorted().toList();
        lag.register(names.stream()
                .map(name -> MultiGauge.Row.of(Tags.of("processor", name), this, g -> g.lagOf(name)))
                .toList(), true);
    }

    private double lagOf(String processor) {
        Long value = snapshot.get().get(processor);
        return value == null ? Double.NaN : value;
    }

    private Map<String, Long> compute() {
        try {
            long head = tokens.head();
            Map<String, Long> lags = new java.util.HashMap<>();
            tokens.all().forEach((processor, segments) ->
                    lags.put(processor, Math.max(0, head - Math.max(0, TrackingTokens.lowest(segments)))));
            return lags;
        } catch (RuntimeException e) {
            log.warn("Processor lag could not be read: {}", e.getClass().getSimpleName());
            return Map.of();
        }
    }
}
