package uk.tidemark.app.crypto;

import uk.tidemark.command.deadline.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.tidemark.kernel.ErasureGround;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data key of each record (table {@code tidemark_case_key}, decision 0051): it seals the record's personal
 * content in its events ({@link SealingSerializer}) and its evidence files (decision 0037). Each key is stored sealed
 * under the master key, which lives outside the database ({@code tidemark.evidence.key} or {@code evidence-key} in
 * the data directory), with the record's id as associated data. A destroyed key leaves a tombstone row: when and on
 * what ground, and never a new key for that record.
 *
 * <p>Keys are cached: every event read back and written opens or seals under one, and the store is read at most once
 * per {@code tidemark.data-keys.cache-ttl} per record. A destruction is seen at once on the instance that made it,
 * by every instance as it reads the event that records it ({@link SealingSerializer} forgets the key then), and by
 * every instance within the cache's lifetime at the latest. A destroyed key is remembered for good.
 */
@Component
public class DataKeys {

    private static final Logger log = LoggerFactory.getLogger(DataKeys.class);
    /** A bound on the cache: past it, the cache starts again (a school has thousands of records, not millions). */
    private static final int MAX_CACHED = 200_000;

    /** What is known of a record's key. */
    public sealed interface State permits Live, Destroyed, None {
    }

    /** The key, to seal and open with. */
    public record Live(SecretKeySpec key) implements State {
    }

    /** Destroyed: on this day, on this ground. */
    public record Destroyed(LocalDate on, ErasureGround ground) implements State {
        /** "Erased on 12 March 2033 under the retention schedule". */
        public String marker() {
            return ground.marker(on);
        }
    }

    /** The record never had a key (its events were written before keys, or it has no personal content yet). */
    public record None() implements State {
    }

    private record Cached(State state, long loadedAt) {
    }

    private final SecretKeySpec master;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate nested;
    private final long ttlNanos;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    DataKeys(@Value("${tidemark.evidence.key:}") String masterKey,
             @Value("${tidemark.data-dir-absolute}") String dataDir,
             @Value("${tidemark.data-keys.cache-ttl:30s}") Duration ttl,
             JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        KeyFile.Loaded loaded = KeyFile.load(masterKey, "tidemark.evidence.key",
                Path.of(dataDir).resolve("evidence-key"));
        if (loaded.made()) {
            log.info("Created the key that seals the records' data keys, in the data directory (evidence-key)");
        }
        this.master = AesGcm.key(loaded.raw());
        this.jdbc = jdbc;
        this.nested = new TransactionTemplate(transactions);
        // inside the command's transaction, a savepoint: a key made meanwhile by another transaction (a duplicate)
        // undoes only the insert, not the command; outside one, a transaction of its own
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.ttlNanos = ttl.toNanos();
    }

    /**
     * What is known of the record's key, from the cache while it is fresh. A destroyed key is remembered for good; a
     * live key or none for the cache's lifetime.
     */
    public State of(String recordId) {
        Cached cached = cache.get(recordId);
        if (cached != null && (cached.state instanceof Destroyed || System.nanoTime() - cached.loadedAt < ttlNanos)) {
            return cached.state;
        }
        State state = load(recordId);
        remember(recordId, state);
        return state;
    }

    /**
     * The record's key to seal with, made now if it has none: in the current transaction when there is one (the
     * command's, so a refused command leaves no key), else in one of its own. A destroyed key is answered as such:
     * nothing is sealed for that record any more.
     */
    public State forSealing(String recordId) {
        Map<String, State> madeHere = madeInThisTransaction();
        if (madeHere != null && madeHere.containsKey(recordId)) {
            return madeHere.get(recordId);
        }
        State known = of(recordId);
        if (!(known instanceof None)) {
            return known;
        }
        byte[] fresh = AesGcm.newKey();
        try {
            nested.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO tidemark_case_key (case_id, sealed_key, made_at_ms) VALUES (?, ?, ?)",
                    recordId, AesGcm.seal(master, associated(recordId), fresh), System.currentTimeMillis()));
        } catch (DuplicateKeyException madeMeanwhile) {
            State now = load(recordId); // made and committed by another transaction
            remember(recordId, now);
            return now;
        }
        State made = new Live(AesGcm.key(fresh));
        forget(recordId); // "none" may be cached from the look just made
        if (madeHere != null) {
            // known to this transaction's later events at once; to everyone only once it commits: a key made in a
            // transaction that rolls back never existed, and must not be used again by a retry of the same record
            madeHere.put(recordId, made);
        } else {
            remember(recordId, made);
        }
        return made;
    }

    /**
     * The keys made in the current transaction, remembered for all once it commits; null outside a transaction.
     * Bound to the transaction as one of its resources, so nothing of it outlives the transaction.
     */
    @SuppressWarnings("unchecked")
    private Map<String, State> madeInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Object bound = TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return (Map<String, State>) bound;
        }
        Map<String, State> made = new java.util.LinkedHashMap<>();
        TransactionSynchronizationManager.bindResource(this, made);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(DataKeys.this);
                if (status == STATUS_COMMITTED) {
                    made.forEach(DataKeys.this::remember);
                }
            }
        });
        return made;
    }

    /**
     * Destroys the record's key, in the current transaction: the row keeps when and why, and nothing else. Call it in
     * the transaction of the command that records the destruction, so that the two commit together or not at all.
     * The record's evidence files, which no key opens any more, go with it.
     */
    public void destroy(String recordId, ErasureGround ground) {
        // the events' clock, so the marker gives the day the case's own record of the destruction gives
        long now = org.axonframework.eventhandling.GenericEventMessage.clock.millis();
        int updated = jdbc.update("UPDATE tidemark_case_key SET sealed_key = NULL, destroyed_at_ms = ?, "
                + "destroyed_ground = ? WHERE case_id = ?", now, ground.name(), recordId);
        if (updated == 0) {
            jdbc.update("INSERT INTO tidemark_case_key (case_id, sealed_key, made_at_ms, destroyed_at_ms, "
                    + "destroyed_ground) VALUES (?, NULL, ?, ?, ?)", recordId, now, now, ground.name());
        }
        jdbc.update("DELETE FROM tidemark_evidence_file WHERE case_id = ?", recordId);
        forget(recordId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(recordId); // read again, committed or not, by whoever asks next
                }
            });
        }
    }

    /** Forgets what the cache knows of the record's key: the next use reads the store. */
    public void forget(String recordId) {
        cache.remove(recordId);
    }

    private void remember(String recordId, State state) {
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(recordId, new Cached(state, System.nanoTime()));
    }

    private State load(String recordId) {
        List<State> found = jdbc.query("SELECT sealed_key, destroyed_at_ms, destroyed_ground FROM tidemark_case_key "
                + "WHERE case_id = ?", (rs, row) -> {
            byte[] sealed = rs.getBytes(1);
            if (sealed == null) {
                return new Destroyed(Instant.ofEpochMilli(rs.getLong(2)).atZone(WorkingCalendar.UK).toLocalDate(),
                        ErasureGround.valueOf(rs.getString(3)));
            }
            try {
                return new Live(AesGcm.key(AesGcm.open(master, associated(recordId), sealed)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("A record's data key does not open under the configured "
                        + "tidemark.evidence.key (the key of another installation, or a changed key)", e);
            }
        }, recordId);
        return found.isEmpty() ? new None() : found.get(0);
    }

    private static byte[] associated(String recordId) {
        return ("case-key/" + recordId).getBytes(StandardCharsets.UTF_8);
    }
}
