package uk.tidemark.app.deadline;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.tidemark.command.deadline.CalendarOverrides;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The days an administrator closed or opened, in the relational store ({@code tidemark_calendar_day}), and the
 * command side's {@link CalendarOverrides}: the working calendar asks for them at each count. A count reads a
 * snapshot at most {@code tidemark.admin.overrides-refresh} old (a change made on this instance is seen at once;
 * one made on another instance of a scaled-out deployment within that time).
 */
@Repository
public class CalendarDays implements CalendarOverrides {

    public enum Kind { CLOSED, OPEN }

    public record Day(LocalDate day, Kind kind, String reason, String addedBy, Instant addedAt) {
    }

    private record Snapshot(Days days, long readAtNanos) {
    }

    private final JdbcTemplate jdbc;
    private final long refreshNanos;
    private volatile Snapshot snapshot;

    CalendarDays(JdbcTemplate jdbc, @Value("${tidemark.admin.overrides-refresh:10s}") Duration refresh) {
        this.jdbc = jdbc;
        this.refreshNanos = refresh.toNanos();
    }

    @Override
    public Days current() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.readAtNanos() > refreshNanos) {
            s = read();
            snapshot = s;
        }
        return s.days();
    }

    public List<Day> all() {
        return jdbc.query("SELECT on_date, kind, reason, added_by, added_at FROM tidemark_calendar_day ORDER BY on_date",
                (rs, i) -> new Day(rs.getDate(1).toLocalDate(), Kind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()));
    }

    public Optional<Day> find(LocalDate day) {
        return all().stream().filter(d -> d.day().equals(day)).findFirst();
    }

    /** False when the date has an override already. */
    public boolean add(LocalDate day, Kind kind, String reason, String by) {
        try {
            jdbc.update("INSERT INTO tidemark_calendar_day (on_date, kind, reason, added_by, added_at) VALUES (?, ?, ?, ?, ?)",
                    Date.valueOf(day), kind.name(), reason, by, Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException taken) {
            return false;
        } finally {
            forgetSnapshot();
        }
        return true;
    }

    public boolean remove(LocalDate day) {
        try {
            return jdbc.update("DELETE FROM tidemark_calendar_day WHERE on_date = ?", Date.valueOf(day)) > 0;
        } finally {
            forgetSnapshot();
        }
    }

    /**
     * Now, and again once the change's transaction ends: a count made meanwhile on another thread read the days as
     * they were before the commit (or before a rollback) and must not keep them.
     */
    private void forgetSnapshot() {
        snapshot = null;
        AfterTransaction.run(() -> snapshot = null);
    }

    private Snapshot read() {
        Set<LocalDate> closed = new HashSet<>();
        Set<LocalDate> open = new HashSet<>();
        jdbc.query("SELECT on_date, kind FROM tidemark_calendar_day", rs -> {
            (Kind.OPEN.name().equals(rs.getString(2)) ? open : closed).add(rs.getDate(1).toLocalDate());
        });
        return new Snapshot(new Days(closed, open), System.nanoTime());
    }
}
