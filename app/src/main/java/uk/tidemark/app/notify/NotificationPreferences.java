package uk.tidemark.app.notify;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each user's choice of being told about every new report ({@code tidemark_notification_preference}, decision 0044):
 * read by {@link Notifier} for each lead a new report could be told to, set by the user on the notifications page
 * or through {@code PUT /api/notifications/preferences}.
 */
@Repository
public class NotificationPreferences {

    private final JdbcTemplate jdbc;

    NotificationPreferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's choice; OFF when they made none. */
    public NewReports newReports(String username) {
        List<String> found = jdbc.queryForList(
                "SELECT new_reports FROM tidemark_notification_preference WHERE username = ?", String.class, username);
        return found.isEmpty() ? NewReports.OFF : NewReports.valueOf(found.get(0));
    }

    /** Every user who chose to be told about new reports, with their choice (those who chose OFF left out). */
    public Map<String, NewReports> chosen() {
        Map<String, NewReports> chosen = new HashMap<>();
        jdbc.query("SELECT username, new_reports FROM tidemark_notification_preference WHERE new_reports <> 'OFF'",
                rs -> {
                    chosen.put(rs.getString(1), NewReports.valueOf(rs.getString(2)));
                });
        return chosen;
    }

    @Transactional
    public void setNewReports(String username, NewReports choice) {
        jdbc.update("DELETE FROM tidemark_notification_preference WHERE username = ?", username);
        jdbc.update("INSERT INTO tidemark_notification_preference (username, new_reports, changed_at) VALUES (?, ?, ?)",
                username, choice.name(), Timestamp.from(Instant.now()));
    }
}
