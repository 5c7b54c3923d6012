package uk.tidemark.query.incident;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.IncidentStatus;
import uk.tidemark.kernel.incident.Severity;
import uk.tidemark.kernel.incident.Stage;
import uk.tidemark.kernel.incident.query.CaseCounts;
import uk.tidemark.kernel.incident.query.IncidentFilter;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The case list's filter and sort fields of every case, in memory, for a read store without secondary indexes
 * (decision 0021). The embedded Mongo-compatible server answers only {@code _id} lookups from an index and scans
 * every document for anything else: the dashboard's three queries took 4–8 s at 100,000 cases. With this index
 * the list and the counts are computed here (a pass over small records) and only the page's documents are read,
 * by {@code _id}.
 * <p>
 * Kept by {@link IncidentProjection}: every stored case document is {@link #written} here after it is stored, and a
 * reset {@link #cleared} it, so the index follows the documents exactly, replays and rebuilds included. At start it
 * is {@link #load}ed from the documents already stored; until that ends it is not {@link #ready()} and queries go
 * to the store as before. Only for a read store this process alone writes (the embedded one): with a shared
 * MongoDB another instance's projection writes documents this one never sees, so the index is off there
 * ({@code tidemark.case-list-index.enabled}) and MongoDB's own indexes answer.
 */
@Component
public class CaseListIndex {
    private static final Logger log = LoggerFactory.getLogger(CaseListIndex.class);
    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::loggedAt,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Entry::id);

    /** The fields a case list filters and sorts by; {@code loggedAt} at the store's millisecond precision. */
    record Entry(String id, String settingId, IncidentStatus status, Stage stage, Severity severity,
                 Category category, String ownerId, String reportedBy, Instant loggedAt, List<String> subjects,
                 long lastSequence) {

        static Entry of(IncidentDocument d) {
            return new Entry(d.id, d.settingId, d.status, d.stage, d.severity, d.category, d.ownerId, d.reportedBy,
                    d.loggedAt == null ? null : d.loggedAt.truncatedTo(ChronoUnit.MILLIS),
                    d.subjectUsernames == null ? List.of() : List.copyOf(d.subjectUsernames), d.lastSequence);
        }

        /** The same conditions as {@link IncidentQueries#conditions}, in the same meaning. */
        boolean matches(IncidentFilter f) {
            return (f.status() == null || f.status() == status)
                    && (f.stage() == null || f.stage() == stage)
                    && (f.severity() == null || f.severity() == severity)
                    && (f.category() == null || f.category() == category)
                    && (f.settingId() == null || f.settingId().equals(settingId))
                    && (f.ownerId() == null || f.ownerId().equals(ownerId))
                    && (f.visibleSettingIds() == null || f.visibleSettingIds().contains(settingId))
                    && (f.reportedBy() == null || f.reportedBy().equals(reportedBy))
                    && (f.excludingSubject() == null || !subjects.contains(f.excludingSubject()));
        }
    }

    /** One page of case ids, newest first, and how many cases match in all. */
    record Page(List<String> ids, long total) {
    }

    private final MongoTemplate mongo;
    private final boolean enabled;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Bumped by every reset, so that a load overlapping one starts again rather than bring back old cases. */
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean loading = new AtomicBoolean();
    private volatile boolean ready;

    public CaseListIndex(MongoTemplate mongo, @Value("${tidemark.case-list-index.enabled:true}") boolean enabled) {
        this.mongo = mongo;
        this.enabled = enabled;
    }

    /** Whether queries may be answered here: enabled and loaded. */
    public boolean ready() {
        return enabled && ready;
    }

    public int size() {
        return entries.size();
    }

    /** A case document as just stored; an older state than the one held (a slower writer) is ignored. */
    void written(IncidentDocument doc) {
        if (enabled) {
            entries.merge(doc.id, Entry.of(doc), (held, stored) ->
                    stored.lastSequence() >= held.lastSequence() ? stored : held);
        }
    }

    /** Every case document was removed (a reset before a rebuild). */
    void cleared() {
        generation.incrementAndGet();
        entries.clear();
    }

    /** Loads the index in the background once the application is up: queries use the store meanwhile. */
    @EventListener(ContextRefreshedEvent.class)
    public void loadInBackground() {
        if (enabled && loading.compareAndSet(false, true)) {
            Thread loader = new Thread(() -> {
                try {
                    load();
                } catch (RuntimeException e) {
                    log.warn("Case list index not loaded ({}); the case list reads the store",
                            e.getClass().getSimpleName());
                }
            }, "case-list-index-load");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /**
     * (Re)reads every stored case's fields; called once the application has started, and by whoever writes
     * documents past the projection (a benchmark's seeding). Queries use the store until it ends.
     */
    public void load() {
        if (!enabled) {
            return;
        }
        long started = System.nanoTime();
        while (true) {
            long seen = generation.get();
            Query fields = new Query();
            fields.fields().include("settingId", "status", "stage", "severity", "category", "ownerId", "reportedBy",
                    "loggedAt", "subjectUsernames", "lastSequence");
            try (Stream<IncidentDocument> all = mongo.stream(fields, IncidentDocument.class)) {
                all.forEach(this::written);
            }
            if (generation.get() == seen) {
                break;
            }
            entries.clear(); // a reset happened meanwhile: what was read may be gone
        }
        ready = true;
        log.info("Case list index loaded: {} cases in {} ms", entries.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The ids of one page of the matching cases, newest first (then by id), or empty if not ready. */
    Optional<Page> page(IncidentFilter filter, int page, int size) {
        if (!ready()) {
            return Optional.empty();
        }
        long wanted = (long) page * size + size;
        if (wanted > Integer.MAX_VALUE) {
            return Optional.of(new Page(List.of(), count(filter)));
        }
        // the newest `wanted` matches, kept in a heap whose head is the oldest of them
        PriorityQueue<Entry> newest = new PriorityQueue<>(NEWEST_FIRST.reversed());
        long total = 0;
        for (Entry e : entries.values()) {
            if (e.matches(filter)) {
                total++;
                newest.add(e);
                if (newest.size() > wanted) {
                    newest.poll();
                }
            }
        }
        List<Entry> sorted = new ArrayList<>(newest);
        sorted.sort(NEWEST_FIRST);
        List<String> ids = sorted.stream().skip((long) page * size).map(Entry::id).toList();
        return Optional.of(new Page(ids, total));
    }

    private long count(IncidentFilter filter) {
        return entries.values().stream().filter(e -> e.matches(filter)).count();
    }

    /** The matching cases counted by stage and by severity, or empty if not ready. */
    Optional<CaseCounts> counts(IncidentFilter filter) {
        if (!ready()) {
            return Optional.empty();
        }
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        long total = 0;
        long notAssessed = 0;
        for (Entry e : entries.values()) {
            if (!e.matches(filter)) {
                continue;
            }
            total++;
            if (e.stage() != null) {
                byStage.merge(e.stage(), 1L, Long::sum);
            }
            if (e.severity() == null) {
                notAssessed++;
            } else {
                bySeverity.merge(e.severity(), 1L, Long::sum);
            }
        }
        return Optional.of(new CaseCounts(total, byStage, bySeverity, notAssessed));
    }

    /** The open cases by (stage, severity), severity null when not assessed; empty if not ready. */
    Optional<Map<Map.Entry<Stage, Severity>, Long>> openByStageAndSeverity() {
        if (!ready()) {
            return Optional.empty();
        }
        Map<Map.Entry<Stage, Severity>, Long> counts = new java.util.HashMap<>();
        for (Entry e : entries.values()) {
            if (e.status() == IncidentStatus.OPEN && e.stage() != null) {
                counts.merge(new java.util.AbstractMap.SimpleImmutableEntry<>(e.stage(), e.severity()), 1L, Long::sum);
            }
        }
        return Optional.of(counts);
    }

    /** The ids of the cases naming the user as a subject, or empty if not ready. */
    Optional<List<String>> subjectOf(String username) {
        if (!ready()) {
            return Optional.empty();
        }
        return Optional.of(entries.values().stream().filter(e -> e.subjects().contains(username))
                .map(Entry::id).toList());
    }
}
