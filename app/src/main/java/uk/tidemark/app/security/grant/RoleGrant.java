package uk.tidemark.app.security.grant;

import uk.tidemark.app.account.Role;

import java.time.Instant;
import java.util.Set;

/**
 * A request to grant or widen case roles, as kept in {@code tidemark_role_grant}: what confirming adds to the
 * account, where case access widens by it, who may confirm, who asked, and how it ended.
 */
public record RoleGrant(String id, String username, String trustId, Set<Role> roles, Set<String> settingIds,
                        boolean makeTrustWide, boolean scopeTrustWide, Set<String> scopeSettingIds,
                        Confirmer confirmer, String requestedBy, Instant requestedAt, Status status,
                        String decidedBy, Instant decidedAt, String reason) {

    /** Who may confirm: a headteacher of every setting in scope, or another administrator. */
    public enum Confirmer { HEADTEACHER, ADMIN }

    public enum Status { PENDING, CONFIRMED, DECLINED, WITHDRAWN }

    public boolean pending() {
        return status == Status.PENDING;
    }

    /** Whether the request asks for the same thing as {@code other} would. */
    boolean sameRequest(AccessChange.Pending other) {
        return roles.equals(other.roles()) && settingIds.equals(other.settingIds())
                && makeTrustWide == other.makeTrustWide() && scopeTrustWide == other.scopeTrustWide()
                && scopeSettingIds.equals(other.scopeSettingIds());
    }
}
