package uk.tidemark.app.security.grant;

import uk.tidemark.app.account.Role;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * An administrator's change of an account's access, split into what applies at once and what waits for a second
 * person (decision 0026). Narrowing is immediate: a role or setting taken away, a trust-wide account brought down
 * to settings. Everything that widens case access waits: a case role added (wherever the account is), or a
 * setting added to (or the whole trust opened to) an account that keeps a case role. Roles that open no case
 * content (staff, trustee, administrator) and the settings of an account without a case role apply at once.
 *
 * @param immediate what the account holds from now on
 * @param pending   what confirming would add; null when nothing waits
 */
public record AccessChange(CaseAccess immediate, Pending pending) {

    /**
     * What waits: case roles and settings to add, or the whole trust to open, and where case access widens by it
     * ({@code scopeTrustWide}, or the settings in {@code scopeSettingIds}).
     */
    public record Pending(Set<Role> roles, Set<String> settingIds, boolean makeTrustWide, boolean scopeTrustWide,
                          Set<String> scopeSettingIds) {

        public Pending {
            roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
            settingIds = new TreeSet<>(settingIds);
            scopeSettingIds = new TreeSet<>(scopeSettingIds);
        }
    }

    public static AccessChange of(CaseAccess current, CaseAccess desired) {
        Set<Role> kept = current.caseRoles();
        kept.retainAll(desired.roles());
        Set<Role> added = desired.caseRoles();
        added.removeAll(current.roles());
        Set<Role> nowRoles = EnumSet.noneOf(Role.class);
        desired.roles().stream().filter(r -> !CaseAccess.CASE_ROLES.contains(r)).forEach(nowRoles::add);
        nowRoles.addAll(kept);

        if (kept.isEmpty()) {
            // no case role is in force: where the account is opens no case content yet
            CaseAccess now = new CaseAccess(nowRoles, desired.trustWide(), desired.settingIds());
            return new AccessChange(now, added.isEmpty() ? null : new Pending(added, Set.of(), false,
                    desired.trustWide(), desired.trustWide() ? Set.of() : desired.settingIds()));
        }
        if (desired.trustWide()) {
            if (current.trustWide()) {
                CaseAccess now = new CaseAccess(nowRoles, true, Set.of());
                return new AccessChange(now, added.isEmpty() ? null : new Pending(added, Set.of(), false, true, Set.of()));
            }
            // opening the whole trust to a case role waits; until then the account keeps its settings
            CaseAccess now = new CaseAccess(nowRoles, false, current.settingIds());
            return new AccessChange(now, new Pending(added, Set.of(), true, true, Set.of()));
        }
        if (current.trustWide()) {
            // down from the whole trust to some settings: narrowing, at once; a new case role waits for those settings
            CaseAccess now = new CaseAccess(nowRoles, false, desired.settingIds());
            return new AccessChange(now, added.isEmpty() ? null
                    : new Pending(added, Set.of(), false, false, desired.settingIds()));
        }
        Set<String> keptSettings = new TreeSet<>(current.settingIds());
        keptSettings.retainAll(desired.settingIds());
        Set<String> newSettings = new TreeSet<>(desired.settingIds());
        newSettings.removeAll(current.settingIds());
        Set<String> scope = new TreeSet<>(newSettings);
        if (!added.isEmpty()) {
            scope.addAll(desired.settingIds());
        }
        CaseAccess now = new CaseAccess(nowRoles, false, keptSettings);
        return new AccessChange(now, scope.isEmpty() ? null : new Pending(added, newSettings, false, false, scope));
    }
}
