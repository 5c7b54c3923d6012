package uk.tidemark.app.deadline;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.tidemark.command.deadline.CalendarRegion;
import uk.tidemark.command.deadline.SettingCalendars;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The calendar each setting counts its deadlines on, kept with the setting ({@code tidemark_setting.calendar},
 * England and Wales for every setting made before there was a choice), and the command side's
 * {@link SettingCalendars}: each command that counts asks for its case's setting. Like the calendar's days
 * ({@link CalendarDays}), a count reads a snapshot at most {@code tidemark.admin.overrides-refresh} old; a change
 * made on this instance is seen at once.
 */
@Repository
public class SettingCalendarStore implements SettingCalendars {

    private record Snapshot(Map<String, CalendarRegion> bySetting, long readAtNanos) {
    }

    private final JdbcTemplate jdbc;
    private final long refreshNanos;
    private volatile Snapshot snapshot;

    SettingCalendarStore(JdbcTemplate jdbc, @Value("${tidemark.admin.overrides-refresh:10s}") Duration refresh) {
        this.jdbc = jdbc;
        this.refreshNanos = refresh.toNanos();
    }

    @Override
    public CalendarRegion of(String settingId) {
        return current().get(settingId);
    }

    /** Every setting's calendar, by setting id. */
    public Map<String, CalendarRegion> current() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.readAtNanos() > refreshNanos) {
            s = read();
            snapshot = s;
        }
        return s.bySetting();
    }

    /** The calendars some setting counts on (England and Wales when there is no setting yet). */
    public Set<CalendarRegion> inUse() {
        Set<CalendarRegion> used = EnumSet.noneOf(CalendarRegion.class);
        used.addAll(current().values());
        if (used.isEmpty()) {
            used.add(CalendarRegion.DEFAULT);
        }
        return used;
    }

    /** @return false when the setting counts on that calendar already (nothing changed) */
    public boolean set(String settingId, CalendarRegion region) {
        try {
            return jdbc.update("UPDATE tidemark_setting SET calendar = ? WHERE id = ? AND calendar <> ?",
                    region.name(), settingId, region.name()) > 0;
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
        Map<String, CalendarRegion> bySetting = new HashMap<>();
        jdbc.query("SELECT id, calendar FROM tidemark_setting",
                rs -> {
                    bySetting.put(rs.getString(1), CalendarRegion.valueOf(rs.getString(2)));
                });
        return new Snapshot(Map.copyOf(bySetting), System.nanoTime());
    }
}
