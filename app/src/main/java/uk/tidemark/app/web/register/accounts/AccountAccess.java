package uk.tidemark.app.web.register.accounts;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Contact;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.AccessAudit;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.officialaccount.AccountPerson;
import uk.tidemark.kernel.officialaccount.AccountRole;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;
import uk.tidemark.kernel.officialaccount.query.FindOfficialAccount;
import uk.tidemark.kernel.officialaccount.query.OfficialAccountView;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Who may see and change an official account, decided per request from the register (issue 18): the setting's
 * case workers (DSL, deputy, headteacher), and the account's own people with a Tidemark user: its lead, its
 * administrators and the member of staff who asked for it. Anyone else gets 404, as for an unknown id. Only a
 * headteacher of the setting decides a request; trustees and administrators have no business here (403).
 */
@Component
class AccountAccess {

    static final String NO_SUCH_ACCOUNT = "There is no official account with this id.";

    private final AccessScope scope;
    private final QueryGateway queries;
    private final AccountStore accounts;
    private final AccessAudit denials;

    AccountAccess(AccessScope scope, QueryGateway queries, AccountStore accounts, AccessAudit denials) {
        this.scope = scope;
        this.queries = queries;
        this.accounts = accounts;
        this.denials = denials;
    }

    /** Staff of a setting may ask for accounts and see the register; trustees and administrators may not (403). */
    static void requireStaff(TidemarkUser user) {
        if (!AccessScope.mayLog(user)) {
            throw new ForbiddenException("The official accounts register is kept by the staff of each setting.");
        }
    }

    /** May the user see this account (the list shows only these)? */
    boolean maySee(TidemarkUser user, OfficialAccountView account) {
        return mayWorkOn(user, account) || isOwnPerson(user, account);
    }

    boolean mayWorkOn(TidemarkUser user, OfficialAccountView account) {
        return scope.mayWorkOn(user, CaseType.OFFICIAL_ACCOUNT, account.settingId());
    }

    /** The lead, an administrator, or the requester. Moderators post; they do not keep the register. */
    static boolean isOwnPerson(TidemarkUser user, OfficialAccountView account) {
        String me = user.getUsername();
        return me.equals(account.requestedBy())
                || account.lead() != null && me.equals(account.lead().username())
                || account.people().stream().anyMatch(p -> p.role() == AccountRole.ADMINISTRATOR
                && me.equals(p.username()));
    }

    /** The account, when the user may see it; 404 otherwise (and the refusal is audited). */
    OfficialAccountView require(TidemarkUser user, String id) {
        requireStaff(user);
        OfficialAccountView account = find(id).orElseThrow(() -> new NotFoundException(NO_SUCH_ACCOUNT));
        if (!maySee(user, account)) {
            denials.caseHidden(user, CaseType.OFFICIAL_ACCOUNT, id, account.settingId());
            throw new NotFoundException(NO_SUCH_ACCOUNT);
        }
        return account;
    }

    /** The account, when the user may decide on it: a headteacher of its setting (403 for others who see it). */
    OfficialAccountView requireDecider(TidemarkUser user, String id) {
        OfficialAccountView account = require(user, id);
        if (!user.hasRole(Role.HEADTEACHER) || !mayWorkOn(user, account)) {
            throw new ForbiddenException("Only a headteacher of the setting approves or refuses an official account.");
        }
        return account;
    }

    Optional<OfficialAccountView> find(String id) {
        return queries.query(new FindOfficialAccount(OfficialAccountId.of(id)),
                ResponseTypes.optionalInstanceOf(OfficialAccountView.class)).join();
    }

    /** The display name of an enabled user of the setting; a field problem otherwise (the same for any other). */
    String userOfSetting(String field, String username, String settingId) {
        Optional<TidemarkUser> found = username == null ? Optional.empty() : accounts.find(username.strip())
                .filter(TidemarkUser::isEnabled)
                .filter(u -> u.settingIds().contains(settingId)
                        || u.trustWide() && u.trustId() != null && u.trustId().equals(scope.trustOf(settingId)));
        return found.map(TidemarkUser::displayName).orElseThrow(() -> new InvalidRequestException(
                List.of(new FieldProblem(field, "must be the username of someone of this setting."))));
    }

    /**
     * The name of someone given access: a user of the setting's own (username), or a moderator without one (name).
     * An administrator needs a username; a lead is named on its own.
     */
    String nameOfNewPerson(AccountRole role, String username, String name, String settingId) {
        if (role == AccountRole.LEAD) {
            throw new InvalidRequestException("role", "must be ADMINISTRATOR or MODERATOR: name a lead on its own.");
        }
        if (username != null) {
            return userOfSetting("username", username, settingId);
        }
        if (role != AccountRole.MODERATOR) {
            throw new InvalidRequestException("username", "is required for an administrator.");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("name", "is required for a moderator without a Tidemark username.");
        }
        return name.strip();
    }

    /** The setting's headteacher, to whom a handover falls: the first by username; null when it has none. */
    String headteacherOf(String settingId, String leaving) {
        return accounts.contactsFor(settingId, EnumSet.of(Role.HEADTEACHER)).stream().map(Contact::username)
                .filter(u -> !u.equals(leaving)).sorted().findFirst().orElse(null);
    }

    /** The account's person with that username, if any. */
    static Optional<AccountPerson> personOf(OfficialAccountView account, String username) {
        if (account.lead() != null && username.equals(account.lead().username())) {
            return Optional.of(account.lead());
        }
        return account.people().stream().filter(p -> username.equals(p.username())).findFirst();
    }
}
