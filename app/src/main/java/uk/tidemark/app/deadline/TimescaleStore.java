package uk.tidemark.app.deadline;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.tidemark.command.deadline.TimescaleOverrides;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The timescales administrators changed, in the relational store ({@code tidemark_timescale}), and the command
 * side's {@link TimescaleOverrides}: read for each command that sets a deadline, from a snapshot at most
 * {@code tidemark.admin.overrides-refresh} old (dropped at once on a change made on this instance).
 */
@Repository
public class TimescaleStore implements TimescaleOverrides {

    private record Snapshot(Map<String, Integer> values, long readAtNanos) {
    }

    private final JdbcTemplate jdbc;
    private final long refreshNanos;
    private volatile Snapshot snapshot;

    TimescaleStore(JdbcTemplate jdbc, @Value("${tidemark.admin.overrides-refresh:10s}") Duration refresh) {
        this.jdbc = jdbc;
        this.refreshNanos = refresh.toNanos();
    }

    @Override
    public Map<String, Integer> current() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.readAtNanos() > refreshNanos) {
            Map<String, Integer> values = new HashMap<>();
            jdbc.query("SELECT property, amount FROM tidemark_timescale", rs -> {
                values.put(rs.getString(1), rs.getInt(2));
            });
            s = new Snapshot(Map.copyOf(values), System.nanoTime());
            snapshot = s;
        }
        return s.values();
    }

    @Transactional
    public void set(String property, int amount, String by) {
        try {
            jdbc.update("DELETE FROM tidemark_timescale WHERE property = ?", property);
            jdbc.update("INSERT INTO tidemark_timescale (property, amount, changed_by, changed_at) VALUES (?, ?, ?, ?)",
                    property, amount, by, Timestamp.from(Instant.now()));
        } finally {
            // now, and again once the transaction ends: a read meanwhile saw the values before the commit
            snapshot = null;
            AfterTransaction.run(() -> snapshot = null);
        }
    }
}
