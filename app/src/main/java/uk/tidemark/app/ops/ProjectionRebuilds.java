package uk.tidemark.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import uk.tidemark.app.ops.TrackingTokens;
import uk.tidemark.kernel.RefusedCommandException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilding a read model from the first event, and watching every rebuild go: the one place a processor is reset.
 * <p>
 * While a processor replays, its progress is the lowest position among its segments in the token store over the
 * event store's head when the rebuild began; it is logged every {@code tidemark.projections.rebuild-log-interval}
 * (events passed of the head, events per second; never an event's content) and published as
 * {@code tidemark_projection_rebuild_progress{processor}} (0..1; registered at a processor's first rebuild). Every
 * event a projection handles during a replay counts in {@code tidemark_projection_rebuild_events_total{processor}}.
 * A replay started some other way (a reset from code) is noticed within a quarter of a second and watched the same way. The
 * replay is over when every segment's stored token has reached the position it had when it was reset.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final EventProcessingConfiguration processing;
    private final TrackingTokens tokens;
    private final MeterRegistry registry;
    private final Duration logInterval;
    private final RebuildCoordinator coordinator;
    private final Map<String, Rebuild> running = new ConcurrentHashMap<>();
    private final Map<String, AtomicReference<Double>> progress = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "projection-rebuild-watch");
        thread.setDaemon(true);
        return thread;
    });

    public ProjectionRebuilds(EventProcessingConfiguration processing, TrackingTokens tokens, MeterRegistry registry,
                              @Value("${tidemark.projections.rebuild-log-interval:10s}") Duration logInterval,
                              RebuildCoordinator coordinator) {
        this.processing = processing;
        this.coordinator = coordinator;
        this.tokens = tokens;
        this.registry = registry;
        this.logInterval = logInterval;
    }

    /** One rebuild under way: where the store's head was when it began, and what was last logged. */
    private static final class Rebuild {
        final long target;
        final long startedAt = System.nanoTime();
        long loggedAt = System.nanoTime();
        long loggedPosition;

        Rebuild(long target) {
            this.target = target;
        }
    }

    /** Counts the events each processor's handlers take during a replay. */
    @Bean // static: Axon collects configurer modules before this class's own dependencies exist
    static ConfigurerModule replayedEventCounter(MeterRegistry meters) {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor((config, name) -> {
            Counter replayed = Counter.builder("tidemark.projection.rebuild.events")
                    .description("Events handled by a processor's projections while it replays (a rebuild)")
                    .tag("processor", name).register(meters);
            MessageHandlerInterceptor<EventMessage<?>> interceptor = (unitOfWork, chain) -> {
                if (ReplayToken.isReplay(unitOfWork.getMessage())) {
                    replayed.increment();
                }
                return chain.proceed();
            };
            return interceptor;
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void startWatching() {
        watcher.scheduleWithFixedDelay(this::watch, 250, 250, TimeUnit.MILLISECONDS);
    }

    /** The processors that can be rebuilt: streaming, and resettable (not the notifier, audit or referrals). */
    public Optional<StreamingEventProcessor> rebuildable(String name) {
        EventProcessor processor = processing.eventProcessors().get(name);
        if (processor instanceof StreamingEventProcessor streaming && streaming.supportsReset()) {
            return Optional.of(streaming);
        }
        return Optional.empty();
    }

    /**
     * Stops the processor, resets its tokens (its projections' reset handlers empty their collections) and starts
     * it again from the first event; returns once the replay has begun, which runs in the background. With several
     * instances, the others are asked to stop the processor first (RebuildCoordinator), and start it again when the
     * reset is done. On any failure the processor is started again here (and elsewhere) with nothing reset; a
     * refusal is a RefusedCommandException (409) whose message says why.
     */
    public void rebuild(StreamingEventProcessor processor) {
        String name = processor.getName();
        if (!coordinator.request(name)) {
            throw new RefusedCommandException("A rebuild of " + name + " is already under way, asked of another "
                    + "instance: nothing was changed. Wait until the list no longer shows it replaying.");
        }
        try {
            processor.shutDown();
            resetOnceReleased(processor);
            begin(name);
        } finally {
            // whatever happened, the processor runs again here, and the other instances start theirs again
            try {
                processor.start();
            } finally {
                coordinator.done(name);
            }
        }
    }

    /**
     * Resets the tokens as soon as no other instance holds a segment: Axon's resetTokens claims every segment first
     * and fails, before it resets anything, while another instance holds one. The other instances stop the processor
     * when they see the request (RebuildCoordinator), which releases their claims; a crashed instance's claims expire
     * after tidemark.processors.claim-timeout. Refused (409) when they have not let go within
     * tidemark.projections.rebuild-wait.
     */
    private void resetOnceReleased(StreamingEventProcessor processor) {
        long deadline = System.nanoTime() + coordinator.waitForOthers().toNanos();
        int attempts = 0;
        while (true) {
            try {
                attempts++;
                processor.resetTokens();
                if (attempts > 1) {
                    log.info("Rebuild of {}: every segment free after {} attempts", processor.getName(), attempts);
                }
                return;
            } catch (RuntimeException e) {
                if (!claimedElsewhere(e)) {
                    throw e;
                }
                if (System.nanoTime() > deadline) {
                    log.warn("Rebuild of {} given up: another instance still holds a segment after {}",
                            processor.getName(), coordinator.waitForOthers());
                    throw new RefusedCommandException("Another instance still holds part of " + processor.getName()
                            + " after " + coordinator.waitForOthers().toSeconds() + " s, so nothing was reset: the "
                            + "read model is unchanged and every instance goes on running it. Ask again in a minute; "
                            + "if it happens again, check that every instance runs the same version.");
                }
            }
            try {
                Thread.sleep(coordinator.pollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Rebuild of " + processor.getName() + " interrupted", e);
            }
        }
    }

    private static boolean claimedElsewhere(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnableToClaimTokenException) {
                return true;
            }
        }
        return false;
    }

    private synchronized void begin(String name) {
        long head = tokens.head();
        running.put(name, new Rebuild(Math.max(0, head)));
        progressOf(name).set(head <= 0 ? 1.0 : 0.0);
        log.info("Rebuild of {} started: replaying {} events", name, Math.max(0, head));
    }

    private AtomicReference<Double> progressOf(String name) {
        return progress.computeIfAbsent(name, n -> {
            AtomicReference<Double> value = new AtomicReference<>(0.0);
            Gauge.builder("tidemark.projection.rebuild.progress", value, AtomicReference::get)
                    .description("How far the processor's last rebuild has got, 0..1 (1: done); present from the "
                            + "processor's first rebuild on this instance")
                    .tag("processor", n).strongReference(true).register(registry);
            return value;
        });
    }

    private void watch() {
        try {
            for (EventProcessor p : processing.eventProcessors().values()) {
                if (p instanceof StreamingEventProcessor s && s.isReplaying() && !running.containsKey(s.getName())
                        && tokens.of(s.getName()).stream().anyMatch(TrackingTokens.SegmentToken::replaying)) {
                    begin(s.getName()); // reset some other way: watched all the same
                }
            }
            for (Map.Entry<String, Rebuild> entry : running.entrySet()) {
                check(entry.getKey(), entry.getValue());
            }
        } catch (RuntimeException e) {
            log.warn("Rebuild progress could not be read: {}", e.getClass().getSimpleName());
        }
    }

    private void check(String name, Rebuild rebuild) {
        List<TrackingTokens.SegmentToken> segments = tokens.of(name);
        boolean replaying = segments.stream().anyMatch(TrackingTokens.SegmentToken::replaying);
        long position = Math.max(0, TrackingTokens.lowest(segments));
        // this instance working every segment knows sooner than the token store, which a pooled processor updates
        // for an idle segment only every few seconds
        if (processing.eventProcessors().get(name) instanceof StreamingEventProcessor local) {
            Map<Integer, EventTrackerStatus> status = local.processingStatus();
            if (!status.isEmpty() && status.size() == segments.size()) {
                replaying = status.values().stream().anyMatch(s -> s.isReplaying()
                        && s.getCurrentPosition().orElse(-1) < s.getResetPosition().orElse(-1));
                position = status.values().stream().mapToLong(s -> s.getCurrentPosition().orElse(0)).min().orElse(0);
            }
        }
        long now = System.nanoTime();
        if (!replaying) {
            running.remove(name);
            progressOf(name).set(1.0);
            double seconds = Math.max(1e-3, (now - rebuild.startedAt) / 1e9);
            log.info("Rebuild of {} finished: {} events replayed in {} s ({} events/s)", name, rebuild.target,
                    String.format("%.1f", seconds), Math.round(rebuild.target / seconds));
            return;
        }
        double fraction = rebuild.target == 0 ? 1.0 : Math.min(1.0, (double) position / rebuild.target);
        // a replay that has passed the old head is as good as done; 1 is kept for the moment it is
        progressOf(name).set(Math.min(fraction, 0.999));
        if (now - rebuild.loggedAt >= logInterval.toNanos()) {
            double seconds = (now - rebuild.loggedAt) / 1e9;
            log.info("Rebuild of {}: {} of {} events ({}%), {} events/s", name, Math.min(position, rebuild.target),
                    rebuild.target, Math.round(fraction * 100), Math.round((position - rebuild.loggedPosition) / seconds));
            rebuild.loggedAt = now;
            rebuild.loggedPosition = position;
        }
    }

    @Override
    public void destroy() {
        watcher.shutdownNow();
    }
}
