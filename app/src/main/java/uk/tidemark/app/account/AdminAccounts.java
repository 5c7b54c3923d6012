package uk.tidemark.app.account;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.AccountChange;
import uk.tidemark.app.account.AccountVersions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What administration reads and changes in the accounts tables ({@code AccountStore} keeps what sign-in needs):
 * the list of accounts, their roles and settings, enabling, and trusts and settings. The same tables, the same
 * model: a user holds roles, and either a set of settings or the whole of their trust.
 */
@Repository
public class AdminAccounts {

    /** One account as administration sees it: never a password hash, never case data. */
    public record Account(String username, String displayName, String email, String trustId, boolean trustWide,
                   boolean enabled, String signIn, Set<Role> roles, Set<String> settingIds) {
    }

    public record Trust(String id, String name) {
    }

    private final JdbcTemplate jdbc;
    private final AccountVersions versions;

    AdminAccounts(JdbcTemplate jdbc, AccountVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    /** The accounts of these trusts (null in the list: the installation's own accounts, of no trust). */
    public List<Account> accounts(Collection<String> trustIds, boolean withoutTrust) {
        List<Account> all = jdbc.query("SELECT username, display_name, email, trust_id, trust_wide, enabled, sign_in "
                        + "FROM tidemark_user ORDER BY username",
                (rs, i) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getString(7), EnumSet.noneOf(Role.class),
                        new TreeSet<>()));
        Map<String, Account> byName = new HashMap<>();
        List<Account> mine = new ArrayList<>();
        for (Account a : all) {
            if (a.trustId() == null ? withoutTrust : trustIds.contains(a.trustId())) {
                mine.add(a);
                byName.put(a.username(), a);
            }
        }
        jdbc.query("SELECT username, role FROM tidemark_user_role", rs -> {
            Account a = byName.get(rs.getString(1));
            if (a != null) {
                a.roles().add(Role.valueOf(rs.getString(2)));
            }
        });
        jdbc.query("SELECT username, setting_id FROM tidemark_user_setting", rs -> {
            Account a = byName.get(rs.getString(1));
            if (a != null) {
                a.settingIds().add(rs.getString(2));
            }
        });
        return mine;
    }

    public java.util.Optional<Account> account(String username) {
        List<Account> rows = jdbc.query("SELECT username, display_name, email, trust_id, trust_wide, enabled, sign_in "
                        + "FROM tidemark_user WHERE username = ?",
                (rs, i) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getString(7), EnumSet.noneOf(Role.class),
                        new TreeSet<>()), username);
        rows.forEach(a -> {
            jdbc.queryForList("SELECT role FROM tidemark_user_role WHERE username = ?", String.class, username)
                    .forEach(r -> a.roles().add(Role.valueOf(r)));
            a.settingIds().addAll(jdbc.queryForList(
                    "SELECT setting_id FROM tidemark_user_setting WHERE username = ?", String.class, username));
        });
        return rows.stream().findFirst();
    }

    /**
     * Replaces the account's roles and settings: what it may do, and where. A real change ends the account's
     * sessions (decision 0024), in this transaction.
     */
    @Transactional
    public void setAccess(String username, Set<Role> roles, boolean trustWide, Set<String> settingIds) {
        boolean same = account(username).filter(a -> a.roles().equals(roles) && a.trustWide() == trustWide
                && a.settingIds().equals(new TreeSet<>(settingIds))).isPresent();
        if (!same) {
            versions.changed(username, AccountChange.ACCESS_CHANGED);
        }
        jdbc.update("UPDATE tidemark_user SET trust_wide = ? WHERE username = ?", trustWide, username);
        jdbc.update("DELETE FROM tidemark_user_role WHERE username = ?", username);
        jdbc.update("DELETE FROM tidemark_user_setting WHERE username = ?", username);
        for (Role role : roles) {
            jdbc.update("INSERT INTO tidemark_user_role (username, role) VALUES (?, ?)", username, role.name());
        }
        for (String settingId : settingIds) {
            jdbc.update("INSERT INTO tidemark_user_setting (username, setting_id) VALUES (?, ?)", username, settingId);
        }
    }

    /** Enables or disables the account; disabling it ends its sessions (decision 0024), in this transaction. */
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        boolean changed = jdbc.update("UPDATE tidemark_user SET enabled = ? WHERE username = ? AND enabled <> ?",
                enabled, username, enabled) > 0;
        if (changed) {
            versions.changed(username, enabled ? AccountChange.ACCESS_CHANGED : AccountChange.ACCOUNT_DISABLED);
        }
    }

    public List<Trust> trusts() {
        return jdbc.query("SELECT id, name FROM tidemark_trust ORDER BY name",
                (rs, i) -> new Trust(rs.getString(1), rs.getString(2)));
    }

    public List<Setting> settings() {
        return jdbc.query("SELECT id, trust_id, name FROM tidemark_setting ORDER BY name",
                (rs, i) -> new Setting(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    public void renameSetting(String id, String name) {
        jdbc.update("UPDATE tidemark_setting SET name = ? WHERE id = ?", name, id);
    }
}
