package uk.tidemark.app.web.admin;

import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.refusal.FieldProblem;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an administrator may give an account ({@link UserAdminController}): the rules of roles and settings, and the
 * access read from a request and written into the audit entry.
 */
final class UserAccessRules {

    private UserAccessRules() {
    }

    /**
     * The rules of a user's access: administrators hold no other role (they never see case content); a user is
     * trust-wide or a member of settings of their own trust, not both and not neither. {@code mine} are the settings
     * of the administrator making the change.
     */
    static void check(List<Setting> mine, String trustId, Set<Role> roles, boolean trustWide,
                      Set<String> settingIds, List<FieldProblem> errors) {
        if (roles.contains(Role.ADMIN) && roles.size() > 1) {
            errors.add(new FieldProblem("roles", "cannot join Admin with another role: administrators never see "
                    + "case content."));
        }
        if (trustWide && !settingIds.isEmpty()) {
            errors.add(new FieldProblem("settingIds", "must be left empty for a trust-wide user."));
        }
        if (!trustWide && settingIds.isEmpty() && !roles.equals(EnumSet.of(Role.ADMIN))) {
            errors.add(new FieldProblem("settingIds", "must name at least one setting, unless the user is "
                    + "trust-wide."));
        }
        for (String settingId : settingIds) {
            Setting setting = mine.stream().filter(s -> s.id().equals(settingId)).findFirst().orElse(null);
            if (setting == null) {
                errors.add(new FieldProblem("settingIds", "'" + settingId + "' " + AdminScope.NOT_YOURS));
            } else if (trustId != null && !trustId.equals(setting.trustId())) {
                errors.add(new FieldProblem("settingIds", "'" + setting.name() + "' is a setting of another trust."));
            }
        }
    }

    /** The access as the audit entry records it. */
    static Map<String, Object> details(Set<Role> roles, boolean trustWide, Set<String> settingIds) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("roles", roles.stream().map(Role::name).toList());
        details.put("trustWide", trustWide);
        details.put("settingIds", List.copyOf(settingIds));
        return details;
    }

    /** The roles asked for, without repeats or gaps. */
    static Set<Role> roles(List<Role> roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.stream().filter(java.util.Objects::nonNull).forEach(set::add);
        }
        return set;
    }

    /** The setting ids asked for, trimmed, without blanks or repeats. */
    static Set<String> ids(List<String> ids) {
        Set<String> set = new TreeSet<>();
        if (ids != null) {
            ids.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).forEach(set::add);
        }
        return set;
    }
}
