package uk.tidemark.app.ops;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shares the event processors' segments between the instances of a scaled-out deployment (decision 0019).
 *
 * <p>Axon's pooled processors (without Axon Server) claim every unclaimed segment they see, so the first instance
 * to start holds all of them and a second one only ever works when the first dies. Here every instance writes a
 * heartbeat to the read store's {@code instances} collection each {@code tidemark.processors.balance-interval}; an
 * instance counts the live ones (a heartbeat within two rounds) and, for each processor, when it holds more than
 * its fair share ({@code ceil(segments / live instances)}), releases one segment (one it has held for two rounds,
 * not in error, not replaying) for two rounds (at least ten seconds), which another instance's processor then
 * claims. One segment per processor per round, so the instances never swap segments back and forth. Nothing else
 * changes: a processor still claims any unclaimed segment, so when an instance dies the others take its segments
 * over once its claims time out (tidemark.processors.claim-timeout). A lone instance never releases anything.
 */
@Component
public class SegmentBalancer {

    static final String COLLECTION = "instances";
    /** Axon's pooled processors extend an idle segment's claim this often (claimExtensionThreshold's default). */
    static final Duration CLAIM_EXTENSION = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final MongoTemplate mongo;
    private final Duration interval;
    private final Duration claimTimeout;
    /** The same name Axon's token store writes as a claim's owner: {@code pid@host}. */
    private final String instanceId = ManagementFactory.getRuntimeMXBean().getName();
    private ScheduledExecutorService timer;
    private final Map<String, Map<Integer, Integer>> held = new HashMap<>();

    SegmentBalancer(EventProcessingConfiguration processing, TokenStore tokenStore, MongoTemplate mongo,
                    @Value("${tidemark.processors.balance-interval:3s}") Duration interval,
                    @Value("${tidemark.processors.claim-timeout:10s}") Duration claimTimeout) {
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.mongo = mongo;
        this.interval = interval;
        this.claimTimeout = claimTimeout;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (claimTimeout.compareTo(interval.multipliedBy(2)) <= 0) {
            log.warn("tidemark.processors.claim-timeout ({}) should be longer than two balancing rounds ({} each): a "
                    + "dead instance would still count as alive when its segments are taken over", claimTimeout,
                    interval);
        }
        if (claimTimeout.compareTo(CLAIM_EXTENSION) <= 0) {
            log.warn("tidemark.processors.claim-timeout ({}) is not longer than the {} after which an idle processor "
                    + "extends its claims: instances will take each other's live segments", claimTimeout,
                    CLAIM_EXTENSION);
        }
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "segment-balancer");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::safely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                // leaving: the others count one instance fewer at once instead of two rounds later
                mongo.remove(Query.query(Criteria.where("_id").is(instanceId)), COLLECTION);
            } catch (RuntimeException e) {
                log.debug("Heartbeat not removed at shutdown: {}", e.toString());
            }
        }
    }

    private void safely() {
        try {
            balance();
        } catch (RuntimeException e) {
            log.warn("Segment balancing skipped this round: {}", e.toString());
        }
    }

    void balance() {
        long now = System.currentTimeMillis();
        mongo.upsert(Query.query(Criteria.where("_id").is(instanceId)), Update.update("seen", now), COLLECTION);
        // alive: heartbeat within two rounds (shorter than the claim timeout, so that by the time a dead instance's
        // claims have expired and this one has taken its segments over, it no longer counts it)
        long live = mongo.count(Query.query(Criteria.where("seen").gte(now - 2 * interval.toMillis())), COLLECTION);
        processing.eventProcessors().forEach((name, processor) -> {
            if (!(processor instanceof PooledStreamingEventProcessor pooled) || !pooled.isRunning()) {
                held.remove(name);
                return;
            }
            Map<Integer, EventTrackerStatus> mine = pooled.processingStatus();
            // how many rounds in a row this instance has held each segment
            Map<Integer, Integer> rounds = held.computeIfAbsent(name, n -> new HashMap<>());
            rounds.keySet().retainAll(mine.keySet());
            mine.keySet().forEach(segment -> rounds.merge(segment, 1, Integer::sum));
            if (live < 2) {
                return;
            }
            int segments = tokenStore.fetchSegments(name).length;
            int fairShare = (int) ((segments + live - 1) / live);
            if (mine.size() <= fairShare) {
                return;
            }
            // only a segment settled here: held for two rounds, working, not being replayed
            mine.entrySet().stream()
                    .filter(e -> rounds.getOrDefault(e.getKey(), 0) >= 2)
                    .filter(e -> !e.getValue().isErrorState() && !e.getValue().isReplaying())
                    .map(Map.Entry::getKey)
                    .max(Comparator.naturalOrder())
                    .ifPresent(release -> {
                        log.info("Releasing segment {} of {} ({} held, fair share {} of {} among {} instances)",
                                release, name, mine.size(), fairShare, segments, live);
                        rounds.remove(release);
                        pooled.releaseSegment(release, releaseFor().toMillis(), TimeUnit.MILLISECONDS);
                    });
        });
    }

    /**
     * How long a released segment stays out of this instance's reach: two balancing rounds, and at least twice
     * Axon's default token claim interval (5 s), so that another instance's processor has had its turn to claim it.
     */
    private Duration releaseFor() {
        Duration twoRounds = interval.multipliedBy(2);
        Duration twoClaimIntervals = Duration.ofSeconds(10);
        return twoRounds.compareTo(twoClaimIntervals) > 0 ? twoRounds : twoClaimIntervals;
    }

    /** For tests and logs: this instance's name among the live ones. */
    public String instanceId() {
        return instanceId;
    }
}
