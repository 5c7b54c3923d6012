package uk.tidemark.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.security.SignInThrottled;
import uk.tidemark.app.audit.AuditLog;
import uk.tidemark.app.audit.AuditKind;
import uk.tidemark.app.audit.AuditRequests;
import uk.tidemark.app.audit.AuditUnavailableException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sign-ins in the audit trail, from Spring Security's authentication events: every success (a form sign-in, or
 * an API request that presents HTTP Basic credentials rather than a session) and every failure.
 *
 * <p>A success that cannot be recorded fails the sign-in (the exception leaves the authentication manager, and the
 * request answers 500): the trail must say who signed in, and with the trail unavailable no case data could be
 * read anyway. A failure is refused whatever happens here (its entry is best effort, logged when lost), and is
 * recorded under the name typed only when an account of that name exists: people type their password
 * into the name field, and the trail must never hold a password. An unknown name is recorded as no actor.
 */
@Component
class SignInAuditor {

    static final String FORM = "FORM";
    static final String BASIC = "BASIC";

    private final AuditLog log;
    private final AccountStore accounts;

    SignInAuditor(AuditLog log, AccountStore accounts) {
        this.log = log;
        this.accounts = accounts;
    }

    @EventListener
    public void signedIn(AuthenticationSuccessEvent event) {
        try {
            log.append(new AuditLog.NewEntry(log.now(), AuditKind.SIGN_IN, event.getAuthentication().getName(), null,
                    null, null, mechanism(), Map.of(), null));
        } catch (RuntimeException e) {
            throw new AuditUnavailableException(e);
        }
    }

    @EventListener
    public void refused(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName();
        boolean known = typed != null && typed.length() <= AuditLog.MAX_ACTOR && accounts.exists(typed);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", reason(event));
        details.put("knownAccount", known);
        // A failure is refused whatever happens here; an exception would turn the 401 into a 500.
        try {
            log.append(new AuditLog.NewEntry(log.now(), AuditKind.SIGN_IN_FAILED, known ? typed : null, null, null,
                    null, mechanism(), details, null));
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(SignInAuditor.class).error(
                    "A failed sign-in could not be written to the audit trail: {}", e.getClass().getName());
        }
    }

    private static String reason(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof SignInThrottled) {
            return "ADDRESS_LIMITED"; // the client's address had used up its failures (decision 0025)
        }
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return "BAD_CREDENTIALS";
        }
        if (event instanceof AuthenticationFailureDisabledEvent) {
            return "DISABLED";
        }
        if (event instanceof AuthenticationFailureLockedEvent) {
            return "LOCKED";
        }
        if (event instanceof AuthenticationFailureExpiredEvent) {
            return "EXPIRED";
        }
        return "OTHER";
    }

    /** FORM for the sign-in page, BASIC for credentials on an API request. */
    private static String mechanism() {
        return AuditRequests.current().map(SignInAuditor::mechanism).orElse("OTHER");
    }

    private static String mechanism(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            return FORM;
        }
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) ? BASIC : "OTHER";
    }
}
