package uk.tidemark.app.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Trusts, settings and local accounts, in the relational store beside the events (they are records to keep,
 * not projections to rebuild).
 */
@Repository
public class AccountStore implements UserDetailsService {

    private final JdbcTemplate jdbc;

    public AccountStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public TidemarkUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    public Optional<TidemarkUser> find(String username) {
        List<TidemarkUser> rows = jdbc.query(
                "SELECT username, display_name, password_hash, trust_id, trust_wide, enabled FROM tidemark_user WHERE username = ?",
                (rs, i) -> new TidemarkUser(rs.getString(1), rs.getString(2), rs.getString(3),
                        roles(rs.getString(1)), rs.getString(4), rs.getBoolean(5), settings(rs.getString(1)),
                        rs.getBoolean(6)),
                username);
        return rows.stream().findFirst();
    }

    public long countUsers() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_user", Long.class);
        return count == null ? 0 : count;
    }

    public boolean exists(String username) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_user WHERE username = ?", Long.class, username);
        return count != null && count > 0;
    }

    @Transactional
    public void createUser(String username, String displayName, String passwordHash, Set<Role> roles, String trustId,
                           boolean trustWide, Set<String> settingIds) {
        jdbc.update("INSERT INTO tidemark_user (username, display_name, password_hash, trust_id, trust_wide, enabled, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, TRUE, ?)",
                username, displayName, passwordHash, trustId, trustWide, Timestamp.from(Instant.now()));
        for (Role role : roles) {
            jdbc.update("INSERT INTO tidemark_user_role (username, role) VALUES (?, ?)", username, role.name());
        }
        for (String settingId : settingIds) {
            jdbc.update("INSERT INTO tidemark_user_setting (username, setting_id) VALUES (?, ?)", username, settingId);
        }
    }

    @Transactional
    public void createTrust(String id, String name) {
        jdbc.update("INSERT INTO tidemark_trust (id, name) VALUES (?, ?)", id, name);
    }

    @Transactional
    public void createSetting(Setting setting) {
        jdbc.update("INSERT INTO tidemark_setting (id, trust_id, name) VALUES (?, ?, ?)",
                setting.id(), setting.trustId(), setting.name());
    }

    public Optional<Setting> findSetting(String id) {
        return jdbc.query("SELECT id, trust_id, name FROM tidemark_setting WHERE id = ?",
                (rs, i) -> new Setting(rs.getString(1), rs.getString(2), rs.getString(3)), id).stream().findFirst();
    }

    public List<Setting> settingsOfTrust(String trustId) {
        return jdbc.query("SELECT id, trust_id, name FROM tidemark_setting WHERE trust_id = ? ORDER BY name",
                (rs, i) -> new Setting(rs.getString(1), rs.getString(2), rs.getString(3)), trustId);
    }

    private Set<Role> roles(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.query("SELECT role FROM tidemark_user_role WHERE username = ?",
                rs -> {
                    roles.add(Role.valueOf(rs.getString(1)));
                }, username);
        return roles;
    }

    private Set<String> settings(String username) {
        return new HashSet<>(jdbc.queryForList("SELECT setting_id FROM tidemark_user_setting WHERE username = ?",
                String.class, username));
    }
}
