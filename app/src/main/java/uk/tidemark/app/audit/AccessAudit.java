package uk.tidemark.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.kernel.CaseType;

import java.util.Map;

/**
 * Access denials in the audit trail: every 403, and every 404 given for a case that exists but that the user may
 * not see (which only the code that found the case can tell from an unknown id, so it calls
 * {@link #caseHidden}). The request is refused whatever happens here: if the entry cannot be written, the
 * failure is logged (without personal data) and the refusal stands — failing the request instead would answer a
 * hidden case differently from an unknown one.
 */
@Component
public class AccessAudit {

    private static final Logger log = LoggerFactory.getLogger(AccessAudit.class);

    private final AuditLog auditLog;

    public AccessAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** The user was answered 404 for a case that exists: not theirs to see. */
    public void caseHidden(TidemarkUser user, CaseType caseType, String caseId, String settingId) {
        append(user == null ? null : user.getUsername(), caseType, caseId, settingId, 404,
                AuditRequests.endpoint());
    }

    /** The user was refused a case they may know of (403), e.g. its reporter acting on it. */
    public void caseForbidden(TidemarkUser user, CaseType caseType, String caseId, String settingId) {
        append(user == null ? null : user.getUsername(), caseType, caseId, settingId, 403,
                AuditRequests.endpoint());
    }

    /** A 403 for the role (the security chain's, or a controller's), unless this request recorded one already. */
    public void forbidden(HttpServletRequest request) {
        if (AuditRequests.marked(request, AuditRequests.DENIAL_RECORDED)) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null || auth instanceof AnonymousAuthenticationToken ? null : auth.getName();
        append(actor, null, null, null, 403, AuditRequests.endpoint(request));
        request.setAttribute(AuditRequests.DENIAL_RECORDED, Boolean.TRUE);
    }

    private void append(String actor, CaseType caseType, String caseId, String settingId, int status, String what) {
        try {
            auditLog.append(new AuditLog.NewEntry(auditLog.now(), AuditKind.ACCESS_DENIED, actor, caseType, caseId,
                    settingId, what, Map.of("status", status), null));
            AuditRequests.mark(AuditRequests.DENIAL_RECORDED);
        } catch (RuntimeException e) {
            log.error("An access denial ({}) could not be written to the audit trail: {}", status,
                    e.getClass().getName());
        }
    }
}
