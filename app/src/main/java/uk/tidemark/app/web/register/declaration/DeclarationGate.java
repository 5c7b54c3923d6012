package uk.tidemark.app.web.register.declaration;

import org.springframework.stereotype.Component;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.AccessAudit;
import uk.tidemark.app.origin.CaseLocator;
import uk.tidemark.app.origin.CaseLocator.CaseOrigin;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.kernel.CaseType;

/**
 * Who may see and act on a declaration, decided per request from its first event: the member of staff who made
 * it, and the safeguarding leads and headteachers of its setting; anyone else gets 404, as for an unknown id. Of
 * those who see it, only a safeguarding lead or headteacher notes a contact or turns it into an incident, and only the
 * headteacher decides an approval (403 for the others); the declaration refuses its declarer (409).
 */
@Component
class DeclarationGate {

    static final String NO_SUCH_DECLARATION = "There is no declaration with this id.";
    static final String NOT_YOURS_TO_DECIDE = "Only the headteacher of the setting decides a request for approval.";
    static final String NOT_YOURS_TO_NOTE = "Only a safeguarding lead or the headteacher of the setting deals with a "
            + "declared contact.";

    private final CaseLocator locator;
    private final AccessScope scope;
    private final AccessAudit denials;

    DeclarationGate(CaseLocator locator, AccessScope scope, AccessAudit denials) {
        this.locator = locator;
        this.scope = scope;
        this.denials = denials;
    }

    /** The declaration, when the user made it or keeps the declarations of its setting; 404 otherwise. */
    CaseOrigin requireVisible(TidemarkUser user, String id) {
        CaseOrigin origin = locator.locate(id, CaseType.DECLARATION)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_DECLARATION));
        if (!user.getUsername().equals(origin.startedBy()) && !keeps(user, origin.settingId())) {
            denials.caseHidden(user, CaseType.DECLARATION, id, origin.settingId());
            throw new NotFoundException(NO_SUCH_DECLARATION);
        }
        return origin;
    }

    /** A safeguarding lead's or headteacher's of the setting, to note or to turn into an incident. */
    CaseOrigin requireLead(TidemarkUser user, String id) {
        CaseOrigin origin = requireVisible(user, id);
        if (!keeps(user, origin.settingId())) {
            throw new ForbiddenException(NOT_YOURS_TO_NOTE);
        }
        return origin;
    }

    /** The headteacher's of the setting, to decide. */
    CaseOrigin requireHeadteacher(TidemarkUser user, String id) {
        CaseOrigin origin = requireVisible(user, id);
        if (!scope.mayManagePolicies(user, origin.settingId())) {
            throw new ForbiddenException(NOT_YOURS_TO_DECIDE);
        }
        return origin;
    }

    /** Whether the user keeps the declarations of the setting (its DSL, deputy or headteacher). */
    boolean keeps(TidemarkUser user, String settingId) {
        return scope.mayWorkOn(user, CaseType.DECLARATION, settingId);
    }
}
