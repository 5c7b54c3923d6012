package uk.tidemark.app.access;

import org.springframework.stereotype.Component;
import uk.tidemark.app.audit.AccessAudit;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.access.CaseGate;
import uk.tidemark.app.origin.CaseLocator;
import uk.tidemark.app.origin.CaseLocator.CaseOrigin;

/**
 * The per-request decision of who may act on a case (AccessScope holds the rules). An unknown id and a case the
 * user may not see answer the same 404 with the same words, so the API never reveals that a case exists. A
 * reporter who is not a case worker may see their own case, so refusing them an action reveals nothing: they
 * get 403.
 */
@Component
public class IncidentAccess {

    static final String NO_SUCH_CASE = "There is no case with this id.";
    static final String REPORTER_ONLY = "As the reporter of this case you can follow its status; only the "
            + "safeguarding leads of its setting can act on it.";

    private final CaseLocator locator;
    private final AccessScope scope;
    private final AccountStore accounts;
    private final CaseGate gate;
    private final AccessAudit denials;

    IncidentAccess(CaseLocator locator, AccessScope scope, AccountStore accounts, CaseGate gate, AccessAudit denials) {
        this.locator = locator;
        this.scope = scope;
        this.accounts = accounts;
        this.gate = gate;
        this.denials = denials;
    }

    /**
     * The case's origin, when the user may act on it; otherwise a 404 (or a 403 for its reporter). A subject of the
     * case gets the 404 whatever else they are, its reporter included.
     */
    public CaseOrigin requireActionable(TidemarkUser user, String incidentId) {
        CaseOrigin origin = locator.locate(incidentId, CaseType.INCIDENT).orElseThrow(IncidentAccess::notFound);
        if (gate.isSubject(user, incidentId, origin)) {
            denials.caseHidden(user, CaseType.INCIDENT, incidentId, origin.settingId());
            throw notFound();
        }
        if (scope.mayWorkOn(user, origin.settingId())) {
            return origin;
        }
        if (user.getUsername().equals(origin.startedBy())) {
            denials.caseForbidden(user, CaseType.INCIDENT, incidentId, origin.settingId());
            throw new ForbiddenException(REPORTER_ONLY);
        }
        denials.caseHidden(user, CaseType.INCIDENT, incidentId, origin.settingId());
        throw notFound();
    }

    /**
     * The case's origin, when the user may add evidence to it or read its files: a safeguarding lead of its setting,
     * or its reporter, who may add screenshots and photos to their own report after sending it (and read back the
     * files they added, nothing else). Anyone else gets the unknown id's 404, a subject of the case included.
     */
    public CaseOrigin requireEvidenceContributor(TidemarkUser user, String incidentId) {
        CaseOrigin origin = locator.locate(incidentId, CaseType.INCIDENT).orElseThrow(IncidentAccess::notFound);
        if (!gate.isSubject(user, incidentId, origin)
                && (scope.mayWorkOn(user, origin.settingId()) || user.getUsername().equals(origin.startedBy()))) {
            return origin;
        }
        denials.caseHidden(user, CaseType.INCIDENT, incidentId, origin.settingId());
        throw notFound();
    }

    /** Whether the user works on the case (every file of it), rather than being only its reporter (their own). */
    public boolean mayWorkOn(TidemarkUser user, CaseOrigin origin) {
        return scope.mayWorkOn(user, origin.settingId());
    }

    /**
     * A case may only be given to someone who can work on it: an owner who cannot open the case would leave it
     * unowned in practice. Checked before dispatch, so a bad owner changes nothing.
     */
    public void requireOwnerCandidate(String ownerId, CaseOrigin origin) {
        boolean ok = accounts.find(ownerId)
                .filter(owner -> owner.isEnabled() && scope.mayWorkOn(owner, origin.settingId()))
                .isPresent();
        if (!ok) {
            throw new InvalidRequestException("ownerId",
                    "must be the username of a safeguarding lead of this case's setting.");
        }
    }

    public static final String NOT_A_USER_OF_THE_TRUST = "must be the username of a user of this case's trust.";

    /** Whether {@code username} is an account of the setting's trust (see {@link AccessScope#isUserOfTrust}). */
    public boolean isUserOfTrust(String username, String trustId) {
        return scope.isUserOfTrust(username, trustId);
    }

    public String trustOf(String settingId) {
        return scope.trustOf(settingId);
    }

    public static NotFoundException notFound() {
        return new NotFoundException(NO_SUCH_CASE);
    }
}
