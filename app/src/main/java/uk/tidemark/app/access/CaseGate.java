package uk.tidemark.app.access;

import org.springframework.stereotype.Component;
import uk.tidemark.app.audit.AccessAudit;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.access.ConflictOfInterest;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.origin.CaseLocator.CaseOrigin;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.app.origin.CaseLocator;

/**
 * Who may open a disciplinary case or a complaint, decided per request from the case's first event and the
 * conflict-of-interest rule. An unknown id and a case the user may not see answer the same 404 with the same words.
 */
@Component
public class CaseGate {

    public static final String NO_SUCH_DISCIPLINARY_CASE = "There is no disciplinary case with this id.";
    public static final String NO_SUCH_COMPLAINT = "There is no complaint with this id.";

    private final CaseLocator locator;
    private final AccessScope scope;
    private final ConflictOfInterest conflicts;
    private final AccessAudit denials;

    public CaseGate(CaseLocator locator, AccessScope scope, ConflictOfInterest conflicts, AccessAudit denials) {
        this.locator = locator;
        this.scope = scope;
        this.conflicts = conflicts;
        this.denials = denials;
    }

    /**
     * The disciplinary case, when the user is HR or the headteacher of its setting, not its employee and not a
     * subject of the incident it was opened from; 404 otherwise.
     */
    public CaseOrigin requireDisciplinary(TidemarkUser user, String caseId) {
        CaseOrigin origin = locator.locate(caseId, CaseType.DISCIPLINARY)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_DISCIPLINARY_CASE));
        if (!scope.mayRunDisciplinary(user, origin.settingId()) || isSubject(user, caseId, origin)) {
            denials.caseHidden(user, CaseType.DISCIPLINARY, caseId, origin.settingId());
            throw new NotFoundException(NO_SUCH_DISCIPLINARY_CASE);
        }
        return origin;
    }

    /** The complaint, when the user handles the complaints of its setting and is not a subject of it; 404 otherwise. */
    public CaseOrigin requireComplaint(TidemarkUser user, String complaintId) {
        CaseOrigin origin = locator.locate(complaintId, CaseType.COMPLAINT)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_COMPLAINT));
        if (!scope.mayHandleComplaints(user, origin.settingId()) || isSubject(user, complaintId, origin)) {
            denials.caseHidden(user, CaseType.COMPLAINT, complaintId, origin.settingId());
            throw new NotFoundException(NO_SUCH_COMPLAINT);
        }
        return origin;
    }

    /**
     * Whether the user is a subject of the case (the employee a disciplinary case names), or of the incident it
     * was opened from: a conflict of interest, answered as if the case did not exist.
     */
    public boolean isSubject(TidemarkUser user, String caseId, CaseOrigin origin) {
        if (origin.subjects().contains(user.getUsername())) {
            return true;
        }
        String incidentId = origin.incidentIdFor(caseId);
        return incidentId != null && conflicts.isSubject(user, incidentId, origin.subjects());
    }
}
