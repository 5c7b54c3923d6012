package uk.tidemark.app.web.register.policy;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Contact;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.AccessAudit;
import uk.tidemark.app.origin.CaseLocator;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.policy.PolicyId;
import uk.tidemark.kernel.policy.query.FindPolicy;
import uk.tidemark.kernel.policy.query.PolicyView;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may do what with policies (issue 18, decision 0050). A policy is not case data: the headteacher of its
 * setting or an administrator of its trust publishes it and sees how many have acknowledged it; only the
 * headteacher sees who (an administrator sees no personal data). Every member of staff of the setting reads it and
 * acknowledges it if asked; a trustee sees only the report's shares. Anyone else gets 404, as for a case.
 */
@Component
class PolicyGate {

    static final String NO_SUCH_POLICY = "There is no policy with this id.";
    /** The roles a policy can ask: everyone who works in a setting, but not trustees or administrators. */
    static final Set<Role> STAFF_ROLES = EnumSet.of(Role.STAFF, Role.DSL, Role.DEPUTY_DSL, Role.HR, Role.HEADTEACHER);

    private final AccessScope scope;
    private final QueryGateway queries;
    private final AccountStore accounts;
    private final CaseLocator locator;
    private final AccessAudit denials;

    PolicyGate(AccessScope scope, QueryGateway queries, AccountStore accounts, CaseLocator locator,
               AccessAudit denials) {
        this.scope = scope;
        this.queries = queries;
        this.accounts = accounts;
        this.locator = locator;
        this.denials = denials;
    }

    static boolean isStaff(TidemarkUser user) {
        return user.roles().stream().anyMatch(STAFF_ROLES::contains);
    }

    /** May publish in this setting: its headteacher, or an administrator of its trust. */
    boolean mayPublish(TidemarkUser user, String settingId) {
        return scope.mayManagePolicies(user, settingId)
                || user.hasRole(Role.ADMIN) && scope.settingIdsOf(user).contains(settingId);
    }

    boolean mayPublishAnywhere(TidemarkUser user) {
        return user.hasAnyRole(Role.HEADTEACHER, Role.ADMIN);
    }

    /** May see who has and has not acknowledged: the setting's headteacher. */
    boolean maySeeWho(TidemarkUser user, String settingId) {
        return scope.mayManagePolicies(user, settingId);
    }

    /** Staff and administrators may come to the policies at all; a trustee has no business here (403). */
    void requireStaffOrAdmin(TidemarkUser user) {
        if (!isStaff(user) && !user.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("Policies are read by the staff of a setting; trustees see the report's shares.");
        }
    }

    /** The policy, when it belongs to one of the user's settings and they may come here; 404 otherwise. */
    PolicyView require(TidemarkUser user, String policyId) {
        requireStaffOrAdmin(user);
        String settingId = locator.locate(policyId, CaseType.POLICY).map(CaseLocator.CaseOrigin::settingId)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_POLICY));
        if (!scope.settingIdsOf(user).contains(settingId)) {
            denials.caseHidden(user, CaseType.POLICY, policyId, settingId);
            throw new NotFoundException(NO_SUCH_POLICY);
        }
        return find(policyId);
    }

    /** The policy as the read model has it (404 while it does not). */
    PolicyView find(String policyId) {
        return queries.query(new FindPolicy(PolicyId.of(policyId)), ResponseTypes.optionalInstanceOf(PolicyView.class))
                .join().orElseThrow(() -> new NotFoundException(NO_SUCH_POLICY));
    }

    /** A policy the user may publish a version of, ask again or withdraw: 403 for staff who may only read it. */
    PolicyView requirePublisher(TidemarkUser user, String policyId) {
        PolicyView policy = require(user, policyId);
        if (!mayPublish(user, policy.settingId())) {
            throw new ForbiddenException("Only the setting's headteacher or an administrator changes a policy.");
        }
        return policy;
    }

    /** The enabled accounts holding {@code roles} in the setting now: who a version asks. */
    List<String> peopleWith(String settingId, Set<Role> roles) {
        Set<Role> asked = EnumSet.noneOf(Role.class);
        roles.stream().filter(STAFF_ROLES::contains).forEach(asked::add);
        return accounts.contactsFor(settingId, asked).stream().map(Contact::username).toList();
    }

    /** A person's name as people know them (never the username). */
    String nameOf(String username) {
        return accounts.find(username).map(TidemarkUser::displayName).orElse("A former member of staff");
    }
}
