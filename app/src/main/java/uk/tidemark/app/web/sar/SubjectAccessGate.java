package uk.tidemark.app.web.sar;

import org.springframework.stereotype.Component;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.origin.CaseLocator;
import uk.tidemark.app.origin.CaseLocator.CaseOrigin;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.kernel.CaseType;

/**
 * Who works on a subject access request (decision 0053): a designated safeguarding lead of the setting that received
 * it, or a trust-wide one. Anyone else is refused (403); a request of another setting is as unknown as an unknown id
 * (404). Decided from the request's first event, not the read model, so a request just received can be acted on.
 */
@Component
class SubjectAccessGate {

    static final String NO_SUCH_REQUEST = "There is no subject access request with this id that you may see.";
    static final String ONLY_A_DSL = "Subject access requests are answered by the designated safeguarding leads.";

    private final CaseLocator locator;
    private final AccessScope scope;

    SubjectAccessGate(CaseLocator locator, AccessScope scope) {
        this.locator = locator;
        this.scope = scope;
    }

    /** @throws ForbiddenException for anyone who is no designated safeguarding lead */
    void requireDsl(TidemarkUser user) {
        if (!user.hasAnyRole(Role.DSL)) {
            throw new ForbiddenException(ONLY_A_DSL);
        }
    }

    /** The request's origin, when the user may work on it. */
    CaseOrigin require(TidemarkUser user, String id) {
        requireDsl(user);
        return locator.locate(id, CaseType.SUBJECT_ACCESS)
                .filter(origin -> scope.mayAnswerSubjectAccess(user, origin.settingId()))
                .orElseThrow(() -> new NotFoundException(NO_SUCH_REQUEST));
    }
}
