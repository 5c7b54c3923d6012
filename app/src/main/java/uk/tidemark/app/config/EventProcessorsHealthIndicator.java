package uk.tidemark.app.config;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Readiness (decision 0033): OUT_OF_SERVICE until every event processor (the read models, the notifier, the audit
 * trail's EVENT entries, the referral policy) has started, then UP for good. Once started, a processor that stops for
 * a while does not make the instance unready: a rebuild stops its processor on every instance at once (decision
 * 0019), and taking every instance out of the load balancer for it would turn a slower page into no page at all; a
 * failing one is seen in its lag and dead letters (the alerts), not here.
 */
@Component
class EventProcessorsHealthIndicator implements HealthIndicator {

    private final Supplier<Collection<EventProcessor>> processors;
    private volatile boolean allStarted;

    @Autowired
    EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        this(() -> processing.eventProcessors().values());
    }

    /** Over any set of processors (a test's). */
    EventProcessorsHealthIndicator(Supplier<Collection<EventProcessor>> processors) {
        this.processors = processors;
    }

    @Override
    public Health health() {
        if (!allStarted) {
            List<String> notStarted = processors.get().stream().filter(p -> !p.isRunning())
                    .map(EventProcessor::getName).sorted().toList();
            if (!notStarted.isEmpty()) {
                return Health.outOfService().withDetail("notStarted", notStarted).build();
            }
            allStarted = true;
        }
        return Health.up().build();
    }
}
