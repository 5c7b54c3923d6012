package uk.tidemark.app.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.tidemark.kernel.CaseType;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The append-only, hash-chained audit trail in the relational store (decision 0011). Appends are serialised
 * twice: by a lock in this JVM (so that one instance's appends queue in order instead of contending in the
 * database) and by a row lock on {@code tidemark_audit_head} taken {@code FOR UPDATE} in the append's own
 * transaction (so that several instances sharing PostgreSQL still form one chain). An append returns only once
 * the transaction holding its entry has committed: the entry is durable before the caller goes on.
 *
 * <p>Group commit: whoever takes the lock appends every entry waiting at that moment, its own and other threads',
 * in one transaction, and tells each waiting caller its positions (or the failure). One commit then serves many
 * concurrent reads; with one commit per entry, the embedded store's synchronous commits made every read wait in
 * line for the one before it (docs/benchmarks.md).
 */
@Repository
public class AuditLog {

    static final int MAX_DETAILS = 2000;
    static final int MAX_WHAT = 200;
    public static final int MAX_ACTOR = 100;
    static final int MAX_ID = 100;

    /** One caller's entries, waiting for the next commit. */
    private record Pending(List<NewEntry> entries, CompletableFuture<List<Long>> done) {
    }

    /** An entry to append; the log gives it its position and hashes. */
    public record NewEntry(Instant at, AuditKind kind, String actor, CaseType caseType, String caseId,
                           String settingId, String what, Map<String, ?> details, String eventId) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final ReentrantLock appendLock = new ReentrantLock();
    private final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();
    private final Clock clock = Clock.systemUTC();

    /** tidemark_audit_entries_total{kind}: entries committed to the chain by this instance. */
    private final Map<AuditKind, Counter> appended = new EnumMap<>(AuditKind.class);
    /** tidemark_audit_append_failures_total{kind}: entries the store refused (what they stood for was not done). */
    private final Map<AuditKind, Counter> failed = new EnumMap<>(AuditKind.class);

    /** A log whose counts go nowhere (a second instance in a test). */
    public AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this(jdbc, transactions, new SimpleMeterRegistry());
    }

    @Autowired
    public AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        for (AuditKind kind : AuditKind.values()) {
            appended.put(kind, Counter.builder("tidemark.audit.entries")
                    .description("Audit trail entries committed, by kind (READ: reads of case data)")
                    .tag("kind", kind.name()).register(registry));
            failed.put(kind, Counter.builder("tidemark.audit.append.failures")
                    .description("Audit trail entries that could not be committed, by kind: the read, sign-in or "
                            + "change they stood for was refused; an EVENT entry is retried by its processor")
                    .tag("kind", kind.name()).register(registry));
        }
    }

    /** The current time, as entries record it. */
    public Instant now() {
        return clock.instant();
    }

    /** Appends one entry and commits it; its position. */
    public long append(NewEntry entry) {
        List<Long> positions = append(List.of(entry));
        return positions.isEmpty() ? -1 : positions.get(0);
    }

    /**
     * Appends the entries in order in one transaction and commits it. An entry whose event id is already in the
     * log (a redelivered event) is passed over. The positions given, in order.
     *
     * @throws org.springframework.dao.DataAccessException when the store cannot take them: nothing is appended
     */
    public List<Long> append(List<NewEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Pending mine = new Pending(entries.stream().map(AuditLog::checked).toList(), new CompletableFuture<>());
        waiting.add(mine);
        appendLock.lock();
        try {
            // a caller who held the lock meanwhile may have committed these entries with its own
            if (!mine.done().isDone()) {
                commit(drain());
            }
        } finally {
            appendLock.unlock();
        }
        try {
            return mine.done().join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    private List<Pending> drain() {
        List<Pending> batch = new ArrayList<>();
        for (Pending p = waiting.poll(); p != null; p = waiting.poll()) {
            batch.add(p);
        }
        return batch;
    }

    /** Appends every waiting caller's entries in one transaction, then tells each caller. */
    private void commit(List<Pending> batch) {
        List<List<Long>> positions;
        List<AuditKind> kinds = new ArrayList<>();
        try {
            positions = ownTransaction.execute(status -> appendLocked(batch, kinds));
        } catch (RuntimeException e) {
            batch.forEach(p -> p.entries().forEach(entry -> failed.get(entry.kind()).increment()));
            batch.forEach(p -> p.done().completeExceptionally(e));
            return;
        }
        kinds.forEach(kind -> appended.get(kind).increment()); // counted once committed
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(positions.get(i));
        }
    }

    private List<List<Long>> appendLocked(List<Pending> batch, List<AuditKind> kinds) {
        kinds.clear(); // a retried transaction starts again
        Map<String, Object> head = jdbc.queryForMap(
                "SELECT last_pos, last_hash FROM tidemark_audit_head WHERE id = 1 FOR UPDATE");
        long position = ((Number) head.get("last_pos")).longValue();
        String prev = ((String) head.get("last_hash")).trim();
        List<List<Long>> all = new ArrayList<>();
        Set<String> eventIds = new HashSet<>();
        for (Pending pending : batch) {
            List<Long> positions = new ArrayList<>();
            for (NewEntry e : pending.entries()) {
                if (e.eventId() != null && (!eventIds.add(e.eventId()) || eventLogged(e.eventId()))) {
                    continue;
                }
                position++;
                AuditEntry entry = new AuditEntry(position, AuditChain.truncate(e.at()), e.kind().name(), e.actor(),
                        e.caseType() == null ? null : e.caseType().name(), e.caseId(), e.settingId(), e.what(),
                        CanonicalJson.write(e.details()), e.eventId(), prev, null);
                String hash = AuditChain.hash(prev, entry);
                jdbc.update("INSERT INTO tidemark_audit_entry (pos, occurred_at, kind, actor, case_type, case_id, "
                                + "setting_id, what, details, event_id, prev_hash, hash) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        entry.position(), OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC), entry.kind(),
                        entry.actor(), entry.caseType(), entry.caseId(), entry.settingId(), entry.what(),
                        entry.details(), entry.eventId(), prev, hash);
                positions.add(position);
                kinds.add(e.kind());
                prev = hash;
            }
            all.add(positions);
        }
        jdbc.update("UPDATE tidemark_audit_head SET last_pos = ?, last_hash = ? WHERE id = 1", position, prev);
        return all;
    }

    private boolean eventLogged(String eventId) {
        Integer found = jdbc.query("SELECT 1 FROM tidemark_audit_entry WHERE event_id = ?",
                rs -> rs.next() ? 1 : 0, eventId);
        return found != null && found == 1;
    }

    /** Checks the whole chain (see {@link AuditVerifier}). */
    public AuditVerifier.Result verify() {
        return jdbc.execute((ConnectionCallback<AuditVerifier.Result>) AuditVerifier::verify);
    }

    private static NewEntry checked(NewEntry e) {
        if (e.at() == null || e.kind() == null || e.what() == null || e.details() == null) {
            throw new IllegalArgumentException("an audit entry needs a time, a kind, a what and details");
        }
        String details = CanonicalJson.write(e.details());
        if (details.length() > MAX_DETAILS) {
            throw new IllegalArgumentException("audit details too long: " + details.length());
        }
        return new NewEntry(e.at(), e.kind(), clip(e.actor(), MAX_ACTOR), e.caseType(), clip(e.caseId(), MAX_ID),
                e.settingId(), clip(e.what(), MAX_WHAT), e.details(), e.eventId());
    }

    /** At most {@code max} characters, never cutting a character in two. */
    static String clip(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }
}
