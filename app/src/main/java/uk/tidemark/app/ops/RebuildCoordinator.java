package uk.tidemark.app.ops;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds across several instances (decisions 0019, 0020): Axon's {@code resetTokens} claims every segment of the
 * processor, so no other instance may hold one while it runs.
 * <p>
 * The instance asked to rebuild writes a request into the read store's {@code rebuilds} collection (one document per
 * processor, {@code _id} the processor's name, so a second request for the same processor is refused while the
 * first is under way). Every other instance looks at that collection every {@code tidemark.projections.rebuild-poll}
 * and stops its own copy of each processor asked for, which releases that instance's claims; the asked instance
 * resets the tokens as soon as it can claim every segment. When it is done (or gives up) it removes the request, and
 * the others start the processors they stopped again; they also start them again on their own when a request is
 * older than {@code tidemark.projections.rebuild-wait} plus a margin (the asked instance died mid-way).
 */
@Component
public class RebuildCoordinator {

    static final String COLLECTION = "rebuilds";
    /** After the asked instance's own wait, how long the others give it before they consider a request abandoned. */
    private static final Duration MARGIN = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(RebuildCoordinator.class);

    private final EventProcessingConfiguration processing;
    private final MongoTemplate mongo;
    private final Duration poll;
    private final Duration wait;
    /** The same name Axon's token store writes as a claim's owner, and the balancer's heartbeat id. */
    private final String instanceId = ManagementFactory.getRuntimeMXBean().getName();
    /** Processors this instance stopped for another instance's rebuild, to be started again when it is over. */
    private final Set<String> paused = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService timer;

    RebuildCoordinator(EventProcessingConfiguration processing, MongoTemplate mongo,
                       @Value("${tidemark.projections.rebuild-poll:500ms}") Duration poll,
                       @Value("${tidemark.projections.rebuild-wait:30s}") Duration wait) {
        this.processing = processing;
        this.mongo = mongo;
        this.poll = poll;
        this.wait = wait;
    }

    /** How long the asked instance waits for the others to let go of the processor's segments. */
    Duration waitForOthers() {
        return wait;
    }

    Duration pollInterval() {
        return poll;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (poll.isZero() || poll.isNegative()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rebuild-coordinator");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::safely, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /**
     * Records this instance's request to rebuild {@code name}; false when another request for it is under way (one
     * that is not yet abandoned).
     */
    boolean request(String name) {
        long now = System.currentTimeMillis();
        mongo.remove(Query.query(Criteria.where("_id").is(name).and("requestedAt").lt(now - abandonedAfter())),
                COLLECTION);
        try {
            mongo.insert(new Document("_id", name).append("requestedBy", instanceId).append("requestedAt", now),
                    COLLECTION);
            log.info("Rebuild of {} requested here: other instances are asked to stop it", name);
            return true;
        } catch (DuplicateKeyException underWay) {
            return false;
        }
    }

    /** The rebuild asked of this instance is over (done or given up): the others may start the processor again. */
    void done(String name) {
        try {
            mongo.remove(Query.query(Criteria.where("_id").is(name).and("requestedBy").is(instanceId)), COLLECTION);
        } catch (RuntimeException e) {
            // the others start again on their own once the request counts as abandoned
            log.warn("Rebuild request for {} not removed: {}", name, e.toString());
        }
    }

    private long abandonedAfter() {
        return wait.plus(MARGIN).toMillis();
    }

    private void safely() {
        try {
            follow();
        } catch (RuntimeException e) {
            log.warn("Rebuild requests not read this round: {}", e.toString());
        }
    }

    /** Stops the processors another instance is rebuilding; starts again those whose rebuild is over. */
    void follow() {
        long now = System.currentTimeMillis();
        Set<String> asked = new HashSet<>();
        for (Document request : mongo.findAll(Document.class, COLLECTION)) {
            Number at = (Number) request.get("requestedAt");
            if (!instanceId.equals(request.getString("requestedBy")) && at != null
                    && at.longValue() >= now - abandonedAfter()) {
                asked.add(request.getString("_id"));
            }
        }
        for (String name : asked) {
            EventProcessor processor = processing.eventProcessors().get(name);
            if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning() && paused.add(name)) {
                log.info("Stopping {} while another instance rebuilds it", name);
                streaming.shutDown(); // releases this instance's claims on its segments
            }
        }
        for (String name : Set.copyOf(paused)) {
            if (!asked.contains(name)) {
                EventProcessor processor = processing.eventProcessors().get(name);
                if (processor != null) {
                    log.info("Starting {} again: the other instance's rebuild is over", name);
                    processor.start();
                }
                paused.remove(name);
            }
        }
    }
}
