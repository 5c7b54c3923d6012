package uk.tidemark.app.web.idempotency;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The idempotency keys in the relational store (decision 0029), shared by every instance: a key is claimed by
 * inserting its row, so the primary key (user, key) lets one request only claim it, wherever it runs. The claimer
 * then keeps its answer ({@link #complete}) or gives the key back when nothing was done ({@link #release}); a
 * repeat finds the answer kept, or waits while the first request still runs. Statements run on their own, outside
 * any transaction of the request, so a claim is visible to the other instances at once.
 */
@Repository
public class IdempotencyKeys {

    /** The answer a repeat gets again. */
    public record Answer(int status, String location, String contentType, String body) {
    }

    /** What a request that carries a key may do. */
    public sealed interface Claim {
    }

    /** The key is this request's: do it, then {@link #complete} or {@link #release} with this claim. */
    public record Started(String username, String key, String claimId) implements Claim {
    }

    /** The key's first request is done: answer what it answered. */
    public record Replay(Answer answer) implements Claim {
    }

    /** The key was used for a different request (another body or address): refuse, do nothing. */
    public record Mismatch() implements Claim {
    }

    /** The key's first request is still running (or never finished): refuse for now, do nothing. */
    public record InProgress() implements Claim {
    }

    static final int MAX_BODY = 16_000;
    private static final long POLL_MILLIS = 50;

    private record Row(String fingerprint, String state, Answer answer, Instant expiresAt) {
    }

    private final JdbcTemplate jdbc;
    private final IdempotencyProperties properties;
    private final Clock clock = Clock.systemUTC();

    public IdempotencyKeys(JdbcTemplate jdbc, IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Claims {@code key} for {@code username}'s request with this fingerprint, or says why not. A repeat of a
     * request still running waits up to {@code tidemark.idempotency.in-progress-wait} for its answer.
     */
    public Claim claim(String username, String key, String fingerprint) {
        long waitUntil = System.nanoTime() + properties.inProgressWait().toNanos();
        while (true) {
            Instant now = clock.instant();
            String claimId = UUID.randomUUID().toString();
            try {
                jdbc.update("INSERT INTO tidemark_idempotency_key (username, idem_key, claim_id, fingerprint, state, "
                                + "created_at, expires_at) VALUES (?, ?, ?, ?, 'IN_PROGRESS', ?, ?)",
                        username, key, claimId, fingerprint, utc(now), utc(now.plus(properties.keyLifetime())));
                return new Started(username, key, claimId);
            } catch (DuplicateKeyException taken) {
                // someone's claim of this key stands: which, and how far it has got
            }
            Row row = find(username, key);
            if (row == null || !row.expiresAt().isAfter(now)) {
                // released, or expired (then deleted here): claimed again on the next turn, unless the wait is over
                jdbc.update("DELETE FROM tidemark_idempotency_key WHERE username = ? AND idem_key = ? "
                        + "AND expires_at <= ?", username, key, utc(now));
                if (System.nanoTime() > waitUntil) {
                    return new InProgress();
                }
                continue;
            }
            if (!row.fingerprint().equals(fingerprint)) {
                return new Mismatch();
            }
            if ("DONE".equals(row.state())) {
                return new Replay(row.answer());
            }
            if (System.nanoTime() > waitUntil) {
                return new InProgress();
            }
            pause();
        }
    }

    /** Keeps the answer of the claimed key's request, for its repeats. */
    public void complete(Started claim, Answer answer) {
        String body = answer.body() != null && answer.body().length() <= MAX_BODY ? answer.body() : null;
        jdbc.update("UPDATE tidemark_idempotency_key SET state = 'DONE', status = ?, location = ?, content_type = ?, "
                        + "body = ? WHERE username = ? AND idem_key = ? AND claim_id = ?",
                answer.status(), clip(answer.location(), 500), clip(answer.contentType(), 200), body,
                claim.username(), claim.key(), claim.claimId());
    }

    /** Gives the key back: its request did nothing (refused, or failed), so a repeat is done afresh. */
    public void release(Started claim) {
        jdbc.update("DELETE FROM tidemark_idempotency_key WHERE username = ? AND idem_key = ? AND claim_id = ? "
                + "AND state = 'IN_PROGRESS'", claim.username(), claim.key(), claim.claimId());
    }

    /** Deletes every key past its lifetime; how many. */
    public int removeExpired() {
        return jdbc.update("DELETE FROM tidemark_idempotency_key WHERE expires_at <= ?", utc(clock.instant()));
    }

    private Row find(String username, String key) {
        List<Row> rows = jdbc.query("SELECT fingerprint, state, status, location, content_type, body, expires_at "
                        + "FROM tidemark_idempotency_key WHERE username = ? AND idem_key = ?",
                (rs, i) -> new Row(rs.getString(1).trim(), rs.getString(2),
                        new Answer(rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6)),
                        rs.getObject(7, OffsetDateTime.class).toInstant()),
                username, key);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an idempotency key", e);
        }
    }
}
