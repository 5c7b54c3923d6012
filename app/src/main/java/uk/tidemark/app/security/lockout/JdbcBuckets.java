package uk.tidemark.app.security.lockout;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Bucket4j's buckets kept in the relational store ({@code tidemark_sign_in_bucket}), so that every instance behind a
 * proxy takes from the same bucket. The token arithmetic is Bucket4j's; this class only reads and writes its
 * serialised state, as a compare-and-swap: an update applies only if the row still holds the state that was read
 * (Bucket4j retries otherwise), on H2 and PostgreSQL alike. Bucket4j ships JDBC managers for PostgreSQL and others
 * but none for H2, the embedded default, hence this one over Spring's {@link JdbcTemplate}.
 *
 * <p>A row whose bucket would have been full again for a while (Bucket4j's expiry strategy) is deleted when a new
 * row is written, so the table holds only the addresses that failed recently.
 */
class JdbcBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    private final JdbcTemplate jdbc;

    JdbcBuckets(JdbcTemplate jdbc, ClientSideConfig config) {
        super(config);
        this.jdbc = jdbc;
    }

    /** Whether the store holds a bucket of that key (reading a bucket through Bucket4j would make one). */
    boolean holds(String key) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_sign_in_bucket WHERE bucket_key = ?",
                Long.class, key);
        return count != null && count > 0;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                List<byte[]> rows = jdbc.query("SELECT state FROM tidemark_sign_in_bucket WHERE bucket_key = ?",
                        (rs, i) -> rs.getBytes(1), key);
                return rows.stream().findFirst();
            }

            @Override
            public boolean compareAndSwap(byte[] original, byte[] updated, RemoteBucketState state,
                                          Optional<Long> timeoutNanos) {
                long now = System.currentTimeMillis();
                long expiresAt = now + getClientSideConfig().getExpirationAfterWriteStrategy()
                        .map(s -> s.calculateTimeToLiveMillis(state, currentTimeNanos())).orElse(Long.MAX_VALUE / 2);
                if (original == null) {
                    jdbc.update("DELETE FROM tidemark_sign_in_bucket WHERE expires_at_ms < ?", now);
                    try {
                        return jdbc.update("INSERT INTO tidemark_sign_in_bucket (bucket_key, state, expires_at_ms) "
                                + "VALUES (?, ?, ?)", key, updated, expiresAt) == 1;
                    } catch (DuplicateKeyException raced) {
                        return false; // another instance made it first: Bucket4j reads it and tries again
                    }
                }
                return jdbc.update("UPDATE tidemark_sign_in_bucket SET state = ?, expires_at_ms = ? "
                        + "WHERE bucket_key = ? AND state = ?", updated, expiresAt, key, original) == 1;
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("JDBC is blocking");
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    public void removeProxy(String key) {
        jdbc.update("DELETE FROM tidemark_sign_in_bucket WHERE bucket_key = ?", key);
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        throw new UnsupportedOperationException("JDBC is blocking");
    }
}
