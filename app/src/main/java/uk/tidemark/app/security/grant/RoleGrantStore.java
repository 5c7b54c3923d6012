package uk.tidemark.app.security.grant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import uk.tidemark.app.account.Role;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The role-grant requests in the relational store, beside the accounts they change. */
@Repository
class RoleGrantStore {

    private static final String COLUMNS = "id, username, trust_id, roles, setting_ids, make_trust_wide, scope, "
            + "confirmer, requested_by, requested_at_ms, status, decided_by, decided_at_ms, reason";

    private final JdbcTemplate jdbc;

    RoleGrantStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(RoleGrant g) {
        jdbc.update("INSERT INTO tidemark_role_grant (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                g.id(), g.username(), g.trustId(), g.roles().stream().map(Role::name).collect(Collectors.joining(",")),
                String.join(",", g.settingIds()), g.makeTrustWide(),
                g.scopeTrustWide() ? "*" : String.join(",", g.scopeSettingIds()), g.confirmer().name(),
                g.requestedBy(), g.requestedAt().toEpochMilli(), g.status().name(), null, null, null);
    }

    Optional<RoleGrant> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM tidemark_role_grant WHERE id = ?", ROW, id).stream().findFirst();
    }

    Optional<RoleGrant> pendingFor(String username) {
        return jdbc.query("SELECT " + COLUMNS + " FROM tidemark_role_grant WHERE username = ? AND status = 'PENDING'",
                ROW, username).stream().findFirst();
    }

    List<RoleGrant> allPending() {
        return jdbc.query("SELECT " + COLUMNS + " FROM tidemark_role_grant WHERE status = 'PENDING' "
                + "ORDER BY requested_at_ms, id", ROW);
    }

    /** Ends a pending request; false when it was no longer pending (decided or withdrawn meanwhile). */
    boolean end(String id, RoleGrant.Status status, String by, Instant at, String reason) {
        return jdbc.update("UPDATE tidemark_role_grant SET status = ?, decided_by = ?, decided_at_ms = ?, reason = ? "
                + "WHERE id = ? AND status = 'PENDING'", status.name(), by, at.toEpochMilli(), reason, id) == 1;
    }

    private static final RowMapper<RoleGrant> ROW = (rs, i) -> {
        String scope = rs.getString("scope");
        long decided = rs.getLong("decided_at_ms");
        boolean undecided = rs.wasNull();
        return new RoleGrant(rs.getString("id"), rs.getString("username"), rs.getString("trust_id"),
                roles(rs.getString("roles")), ids(rs.getString("setting_ids")), rs.getBoolean("make_trust_wide"),
                "*".equals(scope), "*".equals(scope) ? Set.of() : ids(scope),
                RoleGrant.Confirmer.valueOf(rs.getString("confirmer")), rs.getString("requested_by"),
                Instant.ofEpochMilli(rs.getLong("requested_at_ms")), RoleGrant.Status.valueOf(rs.getString("status")),
                rs.getString("decided_by"), undecided ? null : Instant.ofEpochMilli(decided), rs.getString("reason"));
    };

    private static Set<Role> roles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        ids(text).forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    private static Set<String> ids(String text) {
        return text == null || text.isBlank() ? new TreeSet<>()
                : Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).collect(Collectors.toCollection(TreeSet::new));
    }
}
