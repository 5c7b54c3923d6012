package uk.tidemark.app.web.admin;

import org.springframework.stereotype.Component;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.account.AdminAccounts;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an administrator manages: an administrator of a trust, that trust's settings and accounts; the
 * installation's administrator (of no trust, like the first {@code admin}), every trust and the installation's
 * own accounts. An account or setting outside that is answered as unknown (404), like an invisible case.
 */
@Component
class AdminScope {

    static final String NOT_YOURS = "is not a setting of a trust you manage.";

    private final AdminAccounts accounts;

    AdminScope(AdminAccounts accounts) {
        this.accounts = accounts;
    }

    static void requireAdmin(TidemarkUser user) {
        if (user == null || !user.hasRole(Role.ADMIN)) { // the security chain already says so; kept beside the rule
            throw new ForbiddenException("Your role does not allow this.");
        }
    }

    List<AdminAccounts.Trust> trustsOf(TidemarkUser admin) {
        requireAdmin(admin);
        return accounts.trusts().stream().filter(t -> manages(admin, t.id())).toList();
    }

    List<Setting> settingsOf(TidemarkUser admin) {
        requireAdmin(admin);
        return accounts.settings().stream().filter(s -> manages(admin, s.trustId())).toList();
    }

    /** Whether the administrator manages the trust (null: the installation's accounts of no trust). */
    boolean manages(TidemarkUser admin, String trustId) {
        return admin.trustId() == null || Objects.equals(admin.trustId(), trustId);
    }

    AdminAccounts.Account account(TidemarkUser admin, String username) {
        requireAdmin(admin);
        return accounts.account(username).filter(a -> manages(admin, a.trustId()))
                .orElseThrow(() -> new NotFoundException("There is no account with that username."));
    }

    Setting setting(TidemarkUser admin, String settingId) {
        return settingsOf(admin).stream().filter(s -> s.id().equals(settingId)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no setting with that id."));
    }

    /**
     * The trust a new account or setting belongs to: the administrator's own; else the one asked for; else the trust
     * of the first setting named; else the only trust there is. Null (with a problem of {@code trustId} unless
     * {@code noneIsFine}) when none can be told.
     */
    String trustFor(TidemarkUser admin, String requested, Set<String> settingIds, boolean noneIsFine,
                    List<FieldProblem> errors) {
        if (admin.trustId() != null) {
            return admin.trustId();
        }
        List<AdminAccounts.Trust> trusts = trustsOf(admin);
        if (requested != null && !requested.isBlank()) {
            if (trusts.stream().noneMatch(t -> t.id().equals(requested))) {
                errors.add(new FieldProblem("trustId", "is not a trust you manage."));
                return null;
            }
            return requested;
        }
        for (String settingId : settingIds) {
            for (Setting s : accounts.settings()) {
                if (s.id().equals(settingId)) {
                    return s.trustId();
                }
            }
        }
        if (trusts.size() == 1) {
            return trusts.get(0).id();
        }
        if (!noneIsFine) {
            errors.add(new FieldProblem("trustId", trusts.isEmpty() ? "is needed: there is no trust yet."
                    : "is required: choose the trust."));
        }
        return null;
    }
}
