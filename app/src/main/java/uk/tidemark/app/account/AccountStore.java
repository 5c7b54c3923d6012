package uk.tidemark.app.account;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.tidemark.app.account.AccountChange;
import uk.tidemark.app.account.AccountVersions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Trusts, settings and local accounts, in the relational store beside the events (they are records to keep,
 * not projections to rebuild).
 */
@Repository
public class AccountStore implements UserDetailsService {

    private final JdbcTemplate jdbc;
    private final AccountVersions versions;
    private final SettingCodes codes;

    public AccountStore(JdbcTemplate jdbc, AccountVersions versions, SettingCodes codes) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.codes = codes;
    }

    @Override
    public TidemarkUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /**
     * The account as it is now. The row (with its version) is read before the roles and settings: a change
     * committed in between then leaves the session with an older version than its roles, which ends it at its
     * next request, never with newer roles' version on older roles.
     */
    public Optional<TidemarkUser> find(String username) {
        List<TidemarkUser> rows = jdbc.query(
                "SELECT username, display_name, password_hash, trust_id, trust_wide, enabled, account_version, "
                        + "must_change_password FROM tidemark_user WHERE username = ?",
                (rs, i) -> new TidemarkUser(rs.getString(1), rs.getString(2), rs.getString(3),
                        roles(rs.getString(1)), rs.getString(4), rs.getBoolean(5), settings(rs.getString(1)),
                        rs.getBoolean(6), rs.getLong(7), rs.getBoolean(8)),
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
        createUser(username, displayName, passwordHash, roles, trustId, trustWide, settingIds, null);
    }

    /** @param email where the user's notification e-mails go; null for none (the in-app inbox only) */
    @Transactional
    public void createUser(String username, String displayName, String passwordHash, Set<Role> roles, String trustId,
                           boolean trustWide, Set<String> settingIds, String email) {
        createUser(username, displayName, passwordHash, roles, trustId, trustWide, settingIds, email, false);
    }

    /**
     * @param mustChangePassword the password is one handed out by an administrator (or printed at first start): the
     *                           user must choose their own at their first sign-in. False for accounts whose password
     *                           their user chose or shares knowingly (the demo's).
     */
    @Transactional
    public void createUser(String username, String displayName, String passwordHash, Set<Role> roles, String trustId,
                           boolean trustWide, Set<String> settingIds, String email, boolean mustChangePassword) {
        jdbc.update("INSERT INTO tidemark_user (username, display_name, password_hash, trust_id, trust_wide, enabled, "
                        + "created_at, email, must_change_password) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, ?)",
                username, displayName, passwordHash, trustId, trustWide, Timestamp.from(Instant.now()), email,
                mustChangePassword);
        for (Role role : roles) {
            jdbc.update("INSERT INTO tidemark_user_role (username, role) VALUES (?, ?)", username, role.name());
        }
        for (String settingId : settingIds) {
            jdbc.update("INSERT INTO tidemark_user_setting (username, setting_id) VALUES (?, ?)", username, settingId);
        }
    }

    /**
     * Replaces the account's password and ends its sessions (every one, on every instance; the caller gives its
     * own session the new version when it is to stay signed in). False when there is no such local account.
     *
     * @param mustChange true for a password an administrator hands out, false for one the user chose
     */
    @Transactional
    public boolean setPassword(String username, String passwordHash, boolean mustChange, AccountChange why) {
        boolean found = jdbc.update("UPDATE tidemark_user SET password_hash = ?, must_change_password = ? "
                + "WHERE username = ? AND sign_in = 'LOCAL'", passwordHash, mustChange, username) > 0;
        return found && versions.changed(username, why);
    }

    /** Sets (or, with null, removes) the user's e-mail address; false when there is no such user. */
    @Transactional
    public boolean setEmail(String username, String email) {
        return jdbc.update("UPDATE tidemark_user SET email = ? WHERE username = ?", email, username) > 0;
    }

    public Optional<String> emailOf(String username) {
        return jdbc.queryForList("SELECT email FROM tidemark_user WHERE username = ?", String.class, username)
                .stream().filter(Objects::nonNull).findFirst();
    }

    /** The enabled account of that name, as someone to notify. */
    public Optional<Contact> contact(String username) {
        return jdbc.query("SELECT username, email FROM tidemark_user WHERE username = ? AND enabled = TRUE",
                (rs, i) -> new Contact(rs.getString(1), rs.getString(2)), username).stream().findFirst();
    }

    /**
     * The enabled accounts holding any of {@code roles} that cover the setting: its members, and the trust-wide
     * accounts of its trust. In username order, each once.
     */
    public List<Contact> contactsFor(String settingId, Set<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(", ", Collections.nCopies(roles.size(), "?"));
        List<Object> args = new ArrayList<>();
        roles.forEach(r -> args.add(r.name()));
        args.add(settingId);
        args.add(settingId);
        return jdbc.query("SELECT u.username, u.email FROM tidemark_user u WHERE u.enabled = TRUE"
                        + " AND EXISTS (SELECT 1 FROM tidemark_user_role r WHERE r.username = u.username"
                        + " AND r.role IN (" + placeholders + "))"
                        + " AND (EXISTS (SELECT 1 FROM tidemark_user_setting us WHERE us.username = u.username"
                        + " AND us.setting_id = ?)"
                        + " OR (u.trust_wide = TRUE AND u.trust_id = (SELECT s.trust_id FROM tidemark_setting s"
                        + " WHERE s.id = ?)))"
                        + " ORDER BY u.username",
                (rs, i) -> new Contact(rs.getString(1), rs.getString(2)), args.toArray());
    }

    /**
     * Adds what a confirmed role grant gives (decision 0026): case roles, settings, or the whole trust (which
     * replaces the settings). The one place where a case role is widened for an account made through
     * administration; false when there is no such account.
     */
    @Transactional
    public boolean applyRoleGrant(String username, Set<Role> roles, Set<String> settingIds, boolean makeTrustWide) {
        if (!exists(username)) {
            return false;
        }
        Set<Role> held = roles(username);
        for (Role role : roles) {
            if (!held.contains(role)) {
                jdbc.update("INSERT INTO tidemark_user_role (username, role) VALUES (?, ?)", username, role.name());
            }
        }
        if (makeTrustWide) {
            jdbc.update("UPDATE tidemark_user SET trust_wide = TRUE WHERE username = ?", username);
            jdbc.update("DELETE FROM tidemark_user_setting WHERE username = ?", username);
        } else {
            Set<String> in = settings(username);
            for (String settingId : settingIds) {
                if (!in.contains(settingId)) {
                    jdbc.update("INSERT INTO tidemark_user_setting (username, setting_id) VALUES (?, ?)", username,
                            settingId);
                }
            }
        }
        // the wider access applies from a new sign-in: the account's sessions end, on every instance (decision 0024)
        versions.changed(username, AccountChange.ACCESS_CHANGED);
        return true;
    }

    /** The enabled administrators who manage the trust: its own, and the installation's (of no trust). */
    public List<Contact> administratorsOf(String trustId) {
        return jdbc.query("SELECT u.username, u.email FROM tidemark_user u WHERE u.enabled = TRUE"
                        + " AND EXISTS (SELECT 1 FROM tidemark_user_role r WHERE r.username = u.username"
                        + " AND r.role = 'ADMIN') AND (u.trust_id IS NULL OR u.trust_id = ?) ORDER BY u.username",
                (rs, i) -> new Contact(rs.getString(1), rs.getString(2)), trustId);
    }

    @Transactional
    public void createTrust(String id, String name) {
        jdbc.update("INSERT INTO tidemark_trust (id, name) VALUES (?, ?)", id, name);
    }

    /** The trust's name, as its administrators wrote it. */
    public Optional<String> trustName(String trustId) {
        return trustId == null ? Optional.empty()
                : jdbc.queryForList("SELECT name FROM tidemark_trust WHERE id = ?", String.class, trustId).stream()
                .findFirst();
    }

    /** A setting, with a reference code made from its name (decision 0038). */
    @Transactional
    public void createSetting(Setting setting) {
        jdbc.update("INSERT INTO tidemark_setting (id, trust_id, name, code) VALUES (?, ?, ?, ?)",
                setting.id(), setting.trustId(), setting.name(), codes.forNewSetting(setting.trustId(), setting.name()));
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
