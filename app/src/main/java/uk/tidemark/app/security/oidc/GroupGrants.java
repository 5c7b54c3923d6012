package uk.tidemark.app.security.oidc;

import uk.tidemark.app.account.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a provider user's groups grant, from {@code tidemark.oidc.group-roles}: roles, and the settings they hold
 * them in, or the whole trust. Group ids are compared without regard to case (Entra ID's are GUIDs, Google's
 * are addresses). A grant that does not parse is a configuration error and stops start-up.
 */
final class GroupGrants {

    record Grant(Role role, String settingId) {
        boolean trustWide() {
            return settingId == null;
        }
    }

    /** What one user gets: no roles means no access. */
    record Access(Set<Role> roles, Set<String> settingIds, boolean trustWide) {
        boolean none() {
            return roles.isEmpty();
        }
    }

    private final Map<String, List<Grant>> byGroup = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    GroupGrants(Map<String, List<String>> configured) {
        configured.forEach((group, grants) -> byGroup.put(group, grants.stream().map(g -> parse(group, g)).toList()));
    }

    boolean isEmpty() {
        return byGroup.isEmpty();
    }

    Access accessOf(Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> settings = new HashSet<>();
        boolean trustWide = false;
        for (String group : groups) {
            for (Grant grant : byGroup.getOrDefault(group, List.of())) {
                roles.add(grant.role());
                if (grant.trustWide()) {
                    trustWide = true;
                } else {
                    settings.add(grant.settingId());
                }
            }
        }
        return new Access(roles, settings, trustWide);
    }

    private static Grant parse(String group, String text) {
        String[] parts = text.strip().split(":", 2);
        if (parts.length != 2 || parts[1].isBlank()) {
            throw new IllegalStateException("tidemark.oidc.group-roles." + group + ": '" + text
                    + "' is not ROLE:setting-id or ROLE:*");
        }
        Role role;
        try {
            role = Role.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("tidemark.oidc.group-roles." + group + ": no role " + parts[0].strip(), e);
        }
        String setting = parts[1].strip();
        return new Grant(role, "*".equals(setting) ? null : setting);
    }
}
