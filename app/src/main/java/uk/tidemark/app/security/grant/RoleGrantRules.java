package uk.tidemark.app.security.grant;

import org.springframework.stereotype.Component;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Contact;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who confirms a role grant, who sees it, and why someone may not decide it (decision 0026):
 * <ul>
 *   <li>the whole trust (a trust-wide case role) → another administrator who manages the trust;
 *   <li>settings that have a headteacher → a headteacher of every one of them (a trust-wide headteacher covers
 *       them all); settings with different headteachers cannot be granted in one change;
 *   <li>settings with no headteacher yet (a new installation, a new school) → another administrator;
 *   <li>never the one who asked, never the account itself (nor, in counting a setting's headteachers, either of them).
 * </ul>
 */
@Component
public class RoleGrantRules {

    /** Nobody could confirm what was asked: settings with different headteachers, or some with one and some not. */
    public static final class NoConfirmer extends RuntimeException {
        NoConfirmer(String message) {
            super(message);
        }
    }

    private final AccountStore accounts;
    private final AccessScope scope;

    RoleGrantRules(AccountStore accounts, AccessScope scope) {
        this.accounts = accounts;
        this.scope = scope;
    }

    RoleGrant.Confirmer confirmerFor(AccessChange.Pending pending, String trustId, Set<String> excluded) {
        if (pending.scopeTrustWide()) {
            return RoleGrant.Confirmer.ADMIN;
        }
        Set<String> common = null;
        int withHead = 0;
        for (String settingId : pending.scopeSettingIds()) {
            Set<String> heads = accounts.contactsFor(settingId, EnumSet.of(Role.HEADTEACHER)).stream()
                    .map(Contact::username).filter(u -> !excluded.contains(u)).collect(Collectors.toSet());
            if (!heads.isEmpty()) {
                withHead++;
            }
            if (common == null) {
                common = new HashSet<>(heads);
            } else {
                common.retainAll(heads);
            }
        }
        if (withHead == 0) {
            return RoleGrant.Confirmer.ADMIN; // no headteacher there yet: the bootstrap of a setting
        }
        if (withHead < pending.scopeSettingIds().size() || common == null || common.isEmpty()) {
            throw new NoConfirmer("these settings have different headteachers (or some have none), so no one person "
                    + "can confirm the change: give the role one setting at a time.");
        }
        return RoleGrant.Confirmer.HEADTEACHER;
    }

    /** Administrators see the requests of the trusts they manage; headteachers those about their settings. */
    boolean sees(TidemarkUser user, RoleGrant grant) {
        if (user.hasRole(Role.ADMIN)) {
            return manages(user, grant.trustId());
        }
        if (!user.hasRole(Role.HEADTEACHER) || grant.confirmer() != RoleGrant.Confirmer.HEADTEACHER) {
            return false;
        }
        Set<String> mine = scope.settingIdsOf(user);
        return grant.scopeSettingIds().stream().anyMatch(mine::contains);
    }

    Optional<String> whyNot(TidemarkUser user, RoleGrant grant) {
        if (user.getUsername().equals(grant.requestedBy())) {
            return Optional.of("You asked for this change: another person must confirm it.");
        }
        if (user.getUsername().equals(grant.username())) {
            return Optional.of("This change is to your own account: another person must confirm it.");
        }
        if (grant.confirmer() == RoleGrant.Confirmer.ADMIN) {
            return user.hasRole(Role.ADMIN) && manages(user, grant.trustId()) ? Optional.empty()
                    : Optional.of("Another administrator confirms this change.");
        }
        if (user.hasRole(Role.HEADTEACHER) && scope.settingIdsOf(user).containsAll(grant.scopeSettingIds())) {
            return Optional.empty();
        }
        return Optional.of("Only a headteacher of " + settingNames(grant.scopeSettingIds()) + " confirms this change.");
    }

    /** The settings by name, in name order: "Alder School and Birch School". */
    String settingNames(Set<String> settingIds) {
        List<String> names = settingIds.stream().map(id -> accounts.findSetting(id).map(Setting::name).orElse(id))
                .sorted().toList();
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static boolean manages(TidemarkUser admin, String trustId) {
        return admin.trustId() == null || Objects.equals(admin.trustId(), trustId);
    }
}
