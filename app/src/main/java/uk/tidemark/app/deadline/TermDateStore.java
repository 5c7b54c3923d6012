package uk.tidemark.app.deadline;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.tidemark.command.deadline.TermDates;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Each setting's term dates and holidays, in the relational store ({@code tidemark_term_range}, decision 0048), and
 * the command side's {@link TermDates}: a complaint's command asks for its setting's when it counts school days. As
 * for the closed days ({@link CalendarDays}), a count reads a snapshot at most {@code tidemark.admin.overrides-refresh}
 * old; a change made on this instance is seen at once.
 */
@Repository
public class TermDateStore implements TermDates {

    public enum Kind { TERM, HOLIDAY }

    public record Row(String id, String settingId, Kind kind, String name, LocalDate first, LocalDate last,
                      String addedBy, Instant addedAt) {
    }

    private record Snapshot(Map<String, Terms> bySetting, long readAtNanos) {
    }

    private final JdbcTemplate jdbc;
    private final long refreshNanos;
    private volatile Snapshot snapshot;

    TermDateStore(JdbcTemplate jdbc, @Value("${tidemark.admin.overrides-refresh:10s}") Duration refresh) {
        this.jdbc = jdbc;
        this.refreshNanos = refresh.toNanos();
    }

    @Override
    public Terms of(String settingId) {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.readAtNanos() > refreshNanos) {
            s = read();
            snapshot = s;
        }
        return s.bySetting().getOrDefault(settingId, Terms.NONE);
    }

    /** The setting's ranges, by first day (terms before holidays on the same day). */
    public List<Row> rows(String settingId) {
        return jdbc.query("SELECT id, setting_id, kind, name, first_day, last_day, added_by, added_at "
                        + "FROM tidemark_term_range WHERE setting_id = ? ORDER BY first_day, kind DESC", (rs, i) -> row(rs),
                settingId);
    }

    public Optional<Row> find(String settingId, String id) {
        return rows(settingId).stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** @return the new range's id */
    public String add(String settingId, Kind kind, String name, LocalDate first, LocalDate last, String by) {
        String id = UUID.randomUUID().toString();
        try {
            jdbc.update("INSERT INTO tidemark_term_range (id, setting_id, kind, name, first_day, last_day, added_by, "
                            + "added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, settingId, kind.name(), name,
                    Date.valueOf(first), Date.valueOf(last), by, Timestamp.from(Instant.now()));
        } finally {
            forgetSnapshot();
        }
        return id;
    }

    public boolean remove(String settingId, String id) {
        try {
            return jdbc.update("DELETE FROM tidemark_term_range WHERE setting_id = ? AND id = ?", settingId, id) > 0;
        } finally {
            forgetSnapshot();
        }
    }

    /** Now, and again once the change's transaction ends (as {@link CalendarDays} does, for the same reason). */
    private void forgetSnapshot() {
        snapshot = null;
        AfterTransaction.run(() -> snapshot = null);
    }

    private Snapshot read() {
        Map<String, List<Range>> terms = new HashMap<>();
        Map<String, List<Range>> holidays = new HashMap<>();
        jdbc.query("SELECT setting_id, kind, first_day, last_day FROM tidemark_term_range", rs -> {
            Range range = new Range(rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate());
            (Kind.TERM.name().equals(rs.getString(2)) ? terms : holidays)
                    .computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(range);
        });
        Map<String, Terms> bySetting = new HashMap<>();
        for (String setting : union(terms, holidays)) {
            bySetting.put(setting, new Terms(terms.getOrDefault(setting, List.of()),
                    holidays.getOrDefault(setting, List.of())));
        }
        return new Snapshot(Map.copyOf(bySetting), System.nanoTime());
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        List<String> all = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(all::add);
        return all;
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getString(1), rs.getString(2), Kind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), rs.getString(7),
                rs.getTimestamp(8).toInstant());
    }
}
