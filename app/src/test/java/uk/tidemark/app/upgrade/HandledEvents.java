package uk.tidemark.app.upgrade;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.context.annotation.Bean;

import java.util.Map;
import java.util.TreeMap;

/**
 * What each event processor has handled since this application started: how many events, and the lowest and
 * highest global index among them. Added to the application by the upgrade test as a source of its
 * {@code SpringApplicationBuilder} (so this class is itself the bean; it carries no stereotype and is never
 * component-scanned into other tests' applications), it shows that the
 * processors went on from their stored tracking tokens: a processor that lost its token would read the old
 * events again, and its lowest index would be at or below the fixture's head.
 */
class HandledEvents {

    /** One processor's handled events. */
    record Seen(long count, long lowest, long highest) {
    }

    private final Map<String, Seen> byProcessor = new TreeMap<>();

    /** static: Axon collects configurer modules before the configuration's own dependencies exist. */
    @Bean
    static ConfigurerModule handledEventsProbe(HandledEvents handled) {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor((config, name) -> {
            MessageHandlerInterceptor<EventMessage<?>> interceptor = (unitOfWork, chain) -> {
                if (unitOfWork.getMessage() instanceof TrackedEventMessage<?> tracked) {
                    tracked.trackingToken().position().ifPresent(position -> handled.saw(name, position));
                }
                return chain.proceed();
            };
            return interceptor;
        });
    }

    private synchronized void saw(String processor, long position) {
        Seen seen = byProcessor.get(processor);
        byProcessor.put(processor, seen == null ? new Seen(1, position, position)
                : new Seen(seen.count() + 1, Math.min(seen.lowest(), position), Math.max(seen.highest(), position)));
    }

    synchronized Map<String, Seen> byProcessor() {
        return new TreeMap<>(byProcessor);
    }
}
