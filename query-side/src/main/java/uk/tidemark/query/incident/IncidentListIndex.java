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
import uk.tidemark.kernel.incident.query.IncidentCounts;
import uk.tidemark.kernel.incident.query.IncidentFilter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
public class IncidentListIndex {
    private static final Logger log = LoggerFactory.getLogger(IncidentListIndex.class);
    /** Newest logged first, then by id: the store's order ({@code loggedAt} desc, {@code _id} asc). */
    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparingLong(Entry::loggedAt).reversed()
            .thenComparing(Entry::id);
    private static final int NONE = -1;
    private static final int UNKNOWN = -2;

    /**
     * The fields a case list filters and sorts by. Setting, owner and reporter are held as small numbers
     * ({@link #code}) and {@code loggedAt} as epoch milliseconds (the store's precision), so that a pass over every
     * case compares numbers and enum constants instead of following a string per case.
     */
    record Entry(String id, int setting, IncidentStatus status, Stage stage, Severity severity, Category category,
                 int owner, int reporter, long loggedAt, List<String> subjects, long lastSequence, String reference,
                 String searchText) {
    }

    /** A filter in the entries' terms: {@link IncidentQueries#conditions}, in the same meaning. */
    private record Compiled(IncidentStatus status, Stage stage, Severity severity, Category category, Integer setting,
                            Integer owner, boolean[] visible, Integer reporter, String excluding, String text,
                            List<String> words) {

        boolean matches(Entry e) {
            return (status == null || status == e.status())
                    && (stage == null || stage == e.stage())
                    && (severity == null || severity == e.severity())
                    && (category == null || category == e.category())
                    && (setting == null || setting == e.setting())
                    && (owner == null || owner == e.owner())
                    && (visible == null || e.setting() >= 0 && e.setting() < visible.length && visible[e.setting()])
                    && (reporter == null || reporter == e.reporter())
                    && (excluding == null || e.subjects().isEmpty() || !e.subjects().contains(excluding))
                    && (text == null || SearchText.isReference(text, e.reference())
                    || SearchText.containsAll(e.searchText(), words));
        }
    }

    /** One page of case ids, newest first, and how many cases match in all. */
    record Page(List<String> ids, long total) {
    }

    private final MongoTemplate mongo;
    private final boolean enabled;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Setting ids and usernames as small numbers, for {@link Entry}; never shrinks (a few hundred words). */
    private final Map<String, Integer> codes = new ConcurrentHashMap<>();
    private final AtomicInteger nextCode = new AtomicInteger();
    /** Bumped by every reset, so that a load overlapping one starts again rather than bring back old cases. */
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean loading = new AtomicBoolean();
    private volatile boolean ready;
    /** The start-up load has ended, loaded or not (a failed load leaves the case list on the store). */
    private volatile boolean startUpLoadEnded;

    public IncidentListIndex(MongoTemplate mongo, @Value("${tidemark.case-list-index.enabled:true}") boolean enabled) {
        this.mongo = mongo;
        this.enabled = enabled;
    }

    /** Whether queries may be answered here: enabled and loaded. */
    public boolean ready() {
        return enabled && ready;
    }

    /**
     * Whether the start-up load is behind us: the index is off, or its load has ended (loaded, or failed and left
     * the case list to the store). Until then the application is not ready for its users (health is not UP).
     */
    public boolean startUpLoadEnded() {
        return !enabled || startUpLoadEnded;
    }

    public int size() {
        return entries.size();
    }

    /** A case document as just stored; an older state than the one held (a slower writer) is ignored. */
    void written(IncidentDocument doc) {
        if (enabled) {
            entries.merge(doc.id, entryOf(doc), (held, stored) ->
                    stored.lastSequence() >= held.lastSequence() ? stored : held);
        }
    }

    private Entry entryOf(IncidentDocument d) {
        return new Entry(d.id, code(d.settingId), d.status, d.stage, d.severity, d.category, code(d.ownerId),
                code(d.reportedBy), d.loggedAt == null ? Long.MIN_VALUE : d.loggedAt.toEpochMilli(),
                d.subjectUsernames == null || d.subjectUsernames.isEmpty() ? List.of() : List.copyOf(d.subjectUsernames),
                d.lastSequence, d.reference, d.searchText);
    }

    private int code(String word) {
        return word == null ? NONE : codes.computeIfAbsent(word, w -> nextCode.getAndIncrement());
    }

    /** A filter's word as its code: {@code null} for no condition, {@link #UNKNOWN} for a word no case has. */
    private Integer codeOf(String word) {
        return word == null ? null : codes.getOrDefault(word, UNKNOWN);
    }

    private Compiled compile(IncidentFilter f) {
        boolean[] visible = null;
        if (f.visibleSettingIds() != null) {
            visible = new boolean[nextCode.get()];
            for (String settingId : f.visibleSettingIds()) {
                Integer code = codes.get(settingId);
                if (code != null && code < visible.length) {
                    visible[code] = true;
                }
            }
        }
        return new Compiled(f.status(), f.stage(), f.severity(), f.category(), codeOf(f.settingId()),
                codeOf(f.ownerId()), visible, codeOf(f.reportedBy()), f.excludingSubject(), f.text(),
                SearchText.words(f.text()));
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
                } finally {
                    startUpLoadEnded = true;
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
                    "loggedAt", "subjectUsernames", "lastSequence", "reference", "searchText");
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
        Compiled compiled = compile(filter);
        long wanted = (long) page * size + size;
        if (wanted > Integer.MAX_VALUE) {
            return Optional.of(new Page(List.of(), entries.values().stream().filter(compiled::matches).count()));
        }
        // the newest `wanted` matches, kept in a heap whose head is the oldest of them
        PriorityQueue<Entry> newest = new PriorityQueue<>(NEWEST_FIRST.reversed());
        long total = 0;
        for (Entry e : entries.values()) {
            if (compiled.matches(e)) {
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

    /** The matching cases counted by stage and by severity, or empty if not ready. */
    Optional<IncidentCounts> counts(IncidentFilter filter) {
        if (!ready()) {
            return Optional.empty();
        }
        Compiled compiled = compile(filter);
        long[] stages = new long[Stage.values().length];
        long[] severities = new long[Severity.values().length];
        long total = 0;
        long notAssessed = 0;
        for (Entry e : entries.values()) {
            if (!compiled.matches(e)) {
                continue;
            }
            total++;
            if (e.stage() != null) {
                stages[e.stage().ordinal()]++;
            }
            if (e.severity() == null) {
                notAssessed++;
            } else {
                severities[e.severity().ordinal()]++;
            }
        }
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            byStage.put(stage, stages[stage.ordinal()]);
        }
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, severities[severity.ordinal()]);
        }
        return Optional.of(new IncidentCounts(total, byStage, bySeverity, notAssessed));
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
