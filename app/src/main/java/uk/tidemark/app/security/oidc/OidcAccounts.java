package uk.tidemark.app.security.oidc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.AccountChange;
import uk.tidemark.app.account.AccountVersions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts row of each provider user, written at every sign-in from what the provider says (display name,
 * e-mail, and the roles and settings its groups grant). Keeping one means that provider users are notified,
 * assigned and linked to cases exactly as local ones, by username. Such a row has {@code sign_in = 'OIDC'} and
 * a password hash no password matches, so it can never be used through the password sign-in; a local account's
 * row is never taken over.
 */
@Repository
class OidcAccounts {

    /** Not a BCrypt hash: no password matches it. */
    static final String NO_PASSWORD = "!oidc";

    enum Outcome { SAVED, LOCAL_ACCOUNT, DISABLED }

    private final JdbcTemplate jdbc;
    private final AccountVersions versions;

    OidcAccounts(JdbcTemplate jdbc, AccountVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    @Transactional
    Outcome save(String username, String displayName, String email, String trustId, boolean trustWide,
                 Set<Role> roles, Set<String> settingIds) {
        Optional<Object[]> existing = jdbc.query("SELECT sign_in, enabled FROM tidemark_user WHERE username = ?",
                (rs, i) -> new Object[]{rs.getString(1), rs.getBoolean(2)}, username).stream().findFirst();
        if (existing.isPresent()) {
            if (!"OIDC".equals(existing.get()[0])) {
                return Outcome.LOCAL_ACCOUNT;
            }
            if (!(Boolean) existing.get()[1]) {
                return Outcome.DISABLED;
            }
            if (accessChanged(username, trustWide, roles, settingIds)) {
                // the provider's groups moved: sessions signed in with the old ones end (decision 0024)
                versions.changed(username, AccountChange.ACCESS_CHANGED);
            }
            jdbc.update("UPDATE tidemark_user SET display_name = ?, email = ?, trust_id = ?, trust_wide = ?"
                    + " WHERE username = ?", displayName, email, trustId, trustWide, username);
            jdbc.update("DELETE FROM tidemark_user_role WHERE username = ?", username);
            jdbc.update("DELETE FROM tidemark_user_setting WHERE username = ?", username);
        } else {
            jdbc.update("INSERT INTO tidemark_user (username, display_name, password_hash, trust_id, trust_wide, enabled,"
                            + " created_at, email, sign_in) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, 'OIDC')",
                    username, displayName, NO_PASSWORD, trustId, trustWide, Timestamp.from(Instant.now()), email);
        }
        for (Role role : roles) {
            jdbc.update("INSERT INTO tidemark_user_role (username, role) VALUES (?, ?)", username, role.name());
        }
        for (String settingId : settingIds) {
            jdbc.update("INSERT INTO tidemark_user_setting (username, setting_id) VALUES (?, ?)", username, settingId);
        }
        return Outcome.SAVED;
    }

    private boolean accessChanged(String username, boolean trustWide, Set<Role> roles, Set<String> settingIds) {
        Boolean wasTrustWide = jdbc.queryForObject("SELECT trust_wide FROM tidemark_user WHERE username = ?",
                Boolean.class, username);
        Set<String> hadRoles = new HashSet<>(jdbc.queryForList(
                "SELECT role FROM tidemark_user_role WHERE username = ?", String.class, username));
        Set<String> hadSettings = new HashSet<>(jdbc.queryForList(
                "SELECT setting_id FROM tidemark_user_setting WHERE username = ?", String.class, username));
        Set<String> roleNames = new HashSet<>();
        roles.forEach(r -> roleNames.add(r.name()));
        return !Boolean.valueOf(trustWide).equals(wasTrustWide) || !hadRoles.equals(roleNames)
                || !hadSettings.equals(new HashSet<>(settingIds));
    }

    /** The ids among {@code settingIds} that are settings of the trust. */
    List<String> settingsOfTrust(String trustId, Set<String> settingIds) {
        return settingIds.stream().filter(id -> {
            Long count = jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_setting WHERE id = ? AND trust_id = ?",
                    Long.class, id, trustId);
            return count != null && count > 0;
        }).toList();
    }
}
