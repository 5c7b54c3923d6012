package uk.tidemark.app.security.grant;

import uk.tidemark.app.account.Role;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an account may do and where: its roles, and its settings or the whole of its trust. The same model as the
 * accounts tables: every role of an account holds in every one of its settings.
 */
public record CaseAccess(Set<Role> roles, boolean trustWide, Set<String> settingIds) {

    /** The roles that open case content: granting or widening one waits for a second person (decision 0026). */
    public static final Set<Role> CASE_ROLES = EnumSet.of(Role.DSL, Role.DEPUTY_DSL, Role.HEADTEACHER, Role.HR);

    public CaseAccess {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        settingIds = new TreeSet<>(settingIds);
    }

    public Set<Role> caseRoles() {
        Set<Role> held = EnumSet.noneOf(Role.class);
        held.addAll(roles);
        held.retainAll(CASE_ROLES);
        return held;
    }
}
