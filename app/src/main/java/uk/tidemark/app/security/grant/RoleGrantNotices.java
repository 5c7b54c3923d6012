package uk.tidemark.app.security.grant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.tidemark.app.notify.AccessNotices;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.DisplayNames;
import uk.tidemark.app.account.Contact;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.Setting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who hears of a role grant, and in which words (decision 0026): the safeguarding leads and headteachers of every
 * setting it opens (of every setting of the trust, for the whole trust), and whoever may confirm it; once decided,
 * the administrator who asked too. The words name the account, the roles and the settings: no case content. Told
 * once the change is committed, never for a change that was rolled back.
 */
@Component
class RoleGrantNotices {

    static final String PAGE = "/role-grants";
    private static final Set<Role> AROUND_THE_SETTING = EnumSet.of(Role.DSL, Role.DEPUTY_DSL, Role.HEADTEACHER);

    private final AccountStore accounts;
    private final AccessNotices notices;
    private final RoleGrantRules rules;

    private final DisplayNames names;

    RoleGrantNotices(AccountStore accounts, AccessNotices notices, RoleGrantRules rules, DisplayNames names) {
        this.names = names;
        this.accounts = accounts;
        this.notices = notices;
        this.rules = rules;
    }

    void requested(RoleGrant grant) {
        // people by name, never username (issue 16)
        String text = "Waiting for confirmation: " + what(grant) + ", asked by " + names.of(grant.requestedBy());
        afterCommit(() -> notices.tell(grant.id() + ":requested", recipients(grant, false), text, PAGE, Instant.now()));
    }

    void decided(RoleGrant grant) {
        String verb = grant.status() == RoleGrant.Status.CONFIRMED ? "Confirmed by " : "Declined by ";
        String text = verb + names.of(grant.decidedBy()) + ": " + what(grant) + ", asked by "
                + names.of(grant.requestedBy());
        afterCommit(() -> notices.tell(grant.id() + ":" + grant.status().name().toLowerCase(),
                recipients(grant, true), text, PAGE, Instant.now()));
    }

    /** E.g. "Designated safeguarding lead for Dee Ess in Alder School". */
    String what(RoleGrant grant) {
        String roles = grant.roles().isEmpty() ? RoleGrants.roleWords(heldCaseRoles(grant.username()))
                : RoleGrants.roleWords(grant.roles());
        String where = grant.scopeTrustWide() ? "the whole trust" : rules.settingNames(grant.scopeSettingIds());
        return roles + " for " + names.of(grant.username()) + " in " + where;
    }

    private Set<Role> heldCaseRoles(String username) {
        return accounts.find(username).map(u -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            roles.addAll(u.roles());
            roles.retainAll(CaseAccess.CASE_ROLES);
            return roles;
        }).orElse(EnumSet.noneOf(Role.class));
    }

    private List<Contact> recipients(RoleGrant grant, boolean withRequester) {
        List<String> settings = grant.scopeTrustWide() && grant.trustId() != null
                ? accounts.settingsOfTrust(grant.trustId()).stream().map(Setting::id).toList()
                : List.copyOf(grant.scopeSettingIds());
        Map<String, Contact> told = new TreeMap<>();
        for (String settingId : settings) {
            accounts.contactsFor(settingId, AROUND_THE_SETTING).forEach(c -> told.putIfAbsent(c.username(), c));
        }
        if (grant.confirmer() == RoleGrant.Confirmer.ADMIN) {
            accounts.administratorsOf(grant.trustId()).forEach(c -> told.putIfAbsent(c.username(), c));
        }
        if (!withRequester) {
            told.remove(grant.requestedBy());
        } else {
            accounts.contact(grant.requestedBy()).ifPresent(c -> told.putIfAbsent(c.username(), c));
        }
        told.remove(grant.username()); // the account is not asked about itself
        return new ArrayList<>(told.values());
    }

    private static void afterCommit(Runnable tell) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            tell.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                tell.run();
            }
        });
    }
}
