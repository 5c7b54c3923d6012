package uk.tidemark.bench;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import uk.tidemark.app.ops.TrackingTokens;
import uk.tidemark.app.ops.ProjectionRebuilds;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.IncidentStatus;
import uk.tidemark.kernel.incident.Involvement;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.incident.Severity;
import uk.tidemark.kernel.incident.Stage;
import uk.tidemark.kernel.incident.query.IncidentCounts;
import uk.tidemark.kernel.incident.query.FindCaseCounts;
import uk.tidemark.kernel.report.FindQuarterlyReport;
import uk.tidemark.kernel.report.Quarter;
import uk.tidemark.kernel.report.QuarterlyReport;
import uk.tidemark.kernel.incident.query.FindIncidents;
import uk.tidemark.kernel.incident.query.IncidentFilter;
import uk.tidemark.kernel.incident.query.IncidentPage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The read side's figures: catch-up, a full rebuild of the incidents projection, its Mongo limit, the dashboard. */
final class ReadSideBench {

    static final String INCIDENTS = "incidents";
    static final int SETTINGS = 10;

    private final EventProcessingConfiguration processing;
    private final ProjectionRebuilds rebuilds;
    private final MongoTemplate mongo;
    private final QueryGateway queries;
    private final TrackingTokens tokens;

    ReadSideBench(EventProcessingConfiguration processing, ProjectionRebuilds rebuilds, MongoTemplate mongo,
                  QueryGateway queries, TrackingTokens tokens) {
        this.tokens = tokens;
        this.processing = processing;
        this.rebuilds = rebuilds;
        this.mongo = mongo;
        this.queries = queries;
    }

    /** Shuts every running event processor down; answers them, to be started again. */
    List<EventProcessor> stopProcessors() {
        List<EventProcessor> running = processing.eventProcessors().values().stream()
                .filter(EventProcessor::isRunning).toList();
        running.forEach(EventProcessor::shutDown);
        return running;
    }

    /**
     * Waits until every running streaming processor has reached the store's head as it is now (the lowest position
     * of its segments); answers the time it took. A processor whose segments all say "caught up" and whose
     * position has not moved for three seconds counts as there too (it may not advance past events it ignores).
     */
    long awaitAllCaughtUp(Duration limit) throws InterruptedException {
        long head = tokens.head();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        Map<String, long[]> seen = new HashMap<>(); // processor -> {position, when it last moved}
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (EventProcessor p : processing.eventProcessors().values()) {
                if (p instanceof StreamingEventProcessor s && s.isRunning()) {
                    Map<Integer, EventTrackerStatus> status = s.processingStatus();
                    long position = status.values().stream()
                            .mapToLong(t -> t.getCurrentPosition().orElse(-1)).min().orElse(-1);
                    long now = System.nanoTime();
                    long[] last = seen.computeIfAbsent(s.getName(), n -> new long[]{position, now});
                    if (last[0] != position) {
                        last[0] = position;
                        last[1] = now;
                    }
                    boolean still = !status.isEmpty() && status.values().stream().allMatch(EventTrackerStatus::isCaughtUp)
                            && now - last[1] > 3_000_000_000L;
                    if (status.isEmpty() || (position < head && !still)) {
                        all = false;
                    }
                }
            }
            if (all) {
                long[] latest = seen.values().stream().max(Comparator.comparingLong(v -> v[1])).orElse(new long[]{0, start});
                return Math.max(0, Math.min(System.nanoTime(), latest[1]) - start);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("processors not caught up within " + limit);
    }

    /**
     * Rebuilds the incidents processing group from the first event (ProjectionRebuilds, as the admin API does) and
     * answers the nanoseconds until every segment has passed the position it had when it was reset.
     */
    long rebuildIncidents(Duration limit) throws InterruptedException {
        StreamingEventProcessor processor = rebuilds.rebuildable(INCIDENTS)
                .orElseThrow(() -> new IllegalStateException("no rebuildable incidents processor"));
        int segments = processor.processingStatus().size();
        long start = System.nanoTime();
        rebuilds.rebuild(processor);
        long deadline = start + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(20);
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            if (status.size() < segments) {
                continue;
            }
            boolean replaying = status.values().stream().anyMatch(s -> s.isReplaying()
                    && s.getCurrentPosition().orElse(-1) < s.getResetPosition().orElse(-1));
            if (!replaying) {
                return System.nanoTime() - start;
            }
        }
        throw new IllegalStateException("rebuild not finished within " + limit);
    }

    /**
     * The rebuild's Mongo limit: the same number of upserts as events replayed, on case documents (a case per four
     * events, as the command loop makes), in unordered bulk writes of 100 (the processor's batch size) from
     * {@code threads} threads (the processor's thread count), into a scratch collection of the same Mongo.
     */
    long mongoUpserts(long upserts, int threads) throws Exception {
        String collection = "bench_upserts";
        mongo.dropCollection(collection);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                BulkOperations bulk = null;
                int inBulk = 0;
                for (long i = thread; i < upserts; i += threads) {
                    if (bulk == null) {
                        bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
                    }
                    bulk.upsert(Query.query(where("_id").is("case-" + (i / 4))), new Update()
                            .set("lastSequence", i).set("updatedAt", new Date())
                            .set("stage", Stage.values()[(int) (i % 4)].name())
                            .push("notes", new Document("noteId", "n" + i).append("text", "Spoke to the form tutor.")));
                    if (++inBulk == 100) {
                        bulk.execute();
                        bulk = null;
                        inBulk = 0;
                    }
                }
                if (bulk != null) {
                    bulk.execute();
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        long took = System.nanoTime() - start;
        pool.shutdown();
        mongo.dropCollection(collection);
        return took;
    }

    static String setting(int i) {
        return i == 0 ? Client.SETTING : "bench-setting-" + i;
    }

    /**
     * Seeds {@code cases} incident read-model documents straight into Mongo, in bulk: ten settings, four in five
     * open, open ones spread over the open stages, a severity once triaged, one in twenty owned by "dsl", one in
     * a hundred naming "dsl" as a subject, logged over the last two years. Answers the nanoseconds it took.
     */
    long seed(int cases) {
        Random random = new Random(42);
        Stage[] open = Arrays.stream(Stage.values()).filter(s -> s != Stage.CLOSED).toArray(Stage[]::new);
        long now = System.currentTimeMillis();
        long start = System.nanoTime();
        List<Document> batch = new ArrayList<>(1000);
        for (int i = 0; i < cases; i++) {
            boolean isOpen = random.nextInt(5) != 0;
            Stage furthest = open[random.nextInt(open.length)];
            Stage stage = isOpen ? furthest : Stage.CLOSED;
            Date logged = new Date(now - (long) (random.nextDouble() * 730 * 86_400_000L));
            Document d = new Document("_id", "seed-" + i)
                    .append("settingId", setting(random.nextInt(SETTINGS)))
                    .append("status", (isOpen ? IncidentStatus.OPEN : IncidentStatus.CLOSED).name())
                    .append("stage", stage.name()).append("furthestStage", furthest.name())
                    .append("category", Category.values()[random.nextInt(Category.values().length)].name())
                    .append("platform", Platform.values()[random.nextInt(Platform.values().length)].name())
                    .append("occurredAt", new Date(logged.getTime() - 3_600_000L)).append("loggedAt", logged)
                    .append("reportedBy", "reporter-" + random.nextInt(200))
                    .append("summary", "Seeded case " + i + ": name-calling in a class group chat")
                    .append("links", List.of()).append("immediateRisk", random.nextInt(50) == 0)
                    .append("ownerId", furthest == Stage.NEW ? null : random.nextInt(20) == 0 ? "dsl" : "lead-" + random.nextInt(30))
                    .append("people", List.of(
                            new Document("personId", "p" + i + "a").append("name", "Pupil A").append("role", PersonRole.PUPIL.name())
                                    .append("involvement", Involvement.TARGET.name()).append("username", null),
                            new Document("personId", "p" + i + "b").append("name", "Pupil B").append("role", PersonRole.PUPIL.name())
                                    .append("involvement", Involvement.SUBJECT.name()).append("username", null)))
                    .append("subjectUsernames", random.nextInt(100) == 0 ? List.of("dsl") : List.of())
                    .append("warnings", List.of()).append("contentActions", List.of()).append("evidence", List.of())
                    .append("notes", List.of(new Document("noteId", "n" + i).append("text", "Spoke to the form tutor.")
                            .append("at", logged).append("actor", "dsl")))
                    .append("referrals", List.of()).append("disciplinaryCaseIds", List.of()).append("complaintIds", List.of())
                    .append("updatedAt", logged).append("lastSequence", 2L)
                    .append("_class", "uk.tidemark.query.incident.IncidentDocument");
            if (furthest != Stage.NEW) {
                d.append("severity", Severity.values()[random.nextInt(Severity.values().length)].name());
            }
            batch.add(d);
            if (batch.size() == 1000) {
                mongo.getCollection(INCIDENTS).insertMany(batch);
                batch = new ArrayList<>(1000);
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection(INCIDENTS).insertMany(batch);
        }
        return System.nanoTime() - start;
    }

    /**
     * The dashboard's three queries, timed one after another: [counts, new cases, my cases, all three]. One round of
     * warm-up, then up to {@code rounds} rounds; after {@code atLeast} rounds it stops when {@code limit} is up.
     */
    long[][] dashboard(int rounds, Duration limit, int atLeast) {
        Set<String> visible = new LinkedHashSet<>();
        for (int i = 0; i < SETTINGS; i++) {
            visible.add(setting(i));
        }
        IncidentFilter counts = new IncidentFilter(IncidentStatus.OPEN, null, null, null, null, null, visible, null, "dsl");
        IncidentFilter fresh = new IncidentFilter(IncidentStatus.OPEN, Stage.NEW, null, null, null, null, visible, null, "dsl");
        IncidentFilter mine = new IncidentFilter(IncidentStatus.OPEN, null, null, null, null, "dsl", visible, null, "dsl");
        long[][] out = new long[4][rounds];
        int n = 0;
        long deadline = System.nanoTime() + limit.toNanos();
        for (int round = -1; round < rounds && (round < atLeast || System.nanoTime() < deadline); round++) {
            long t0 = System.nanoTime();
            IncidentCounts c = queries.query(new FindCaseCounts(counts), ResponseTypes.instanceOf(IncidentCounts.class)).join();
            long t1 = System.nanoTime();
            IncidentPage a = queries.query(new FindIncidents(fresh, 0, 10), ResponseTypes.instanceOf(IncidentPage.class)).join();
            long t2 = System.nanoTime();
            IncidentPage b = queries.query(new FindIncidents(mine, 0, 10), ResponseTypes.instanceOf(IncidentPage.class)).join();
            long t3 = System.nanoTime();
            if (c.total() < 1 || a.items().isEmpty() || b.items().isEmpty()) {
                throw new IllegalStateException("the dashboard queries found nothing: " + c.total());
            }
            if (round >= 0) { // one round of warm-up first
                out[0][n] = t1 - t0;
                out[1][n] = t2 - t1;
                out[2][n] = t3 - t2;
                out[3][n] = t3 - t0;
                n++;
            }
        }
        for (int q = 0; q < 4; q++) {
            out[q] = Arrays.copyOf(out[q], n);
            Arrays.sort(out[q]);
        }
        return out;
    }

    /**
     * The trustees' quarterly report of the current quarter for every seeded setting, timed: one round of warm-up,
     * then {@code rounds} rounds. It reads eight quarters of cases (the seeded cases span two years).
     */
    long[] quarterlyReport(int rounds) {
        Set<String> visible = new LinkedHashSet<>();
        for (int i = 0; i < SETTINGS; i++) {
            visible.add(setting(i));
        }
        Quarter quarter = Quarter.containing(java.time.Instant.now());
        long[] out = new long[rounds];
        for (int round = -1; round < rounds; round++) {
            long t0 = System.nanoTime();
            QuarterlyReport report = queries.query(new FindQuarterlyReport(quarter.year(), quarter.quarter(), visible),
                    ResponseTypes.instanceOf(QuarterlyReport.class)).join();
            long t1 = System.nanoTime();
            if (report.settings().size() != SETTINGS) {
                throw new IllegalStateException("the report has " + report.settings().size() + " settings");
            }
            if (round >= 0) {
                out[round] = t1 - t0;
            }
        }
        Arrays.sort(out);
        return out;
    }
}
