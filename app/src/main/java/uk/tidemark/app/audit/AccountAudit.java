package uk.tidemark.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What happens to a user's own account in the audit trail (decision 0024): a session ended because the account
 * changed ({@link AuditKind#SESSION_ENDED}), and the user's own password changes and recovery codes (decision 0031)
 * ({@link AuditKind#ACCOUNT}). Usernames, reasons and endpoints only: never a password or a code, never case
 * content.
 */
@Component
public class AccountAudit {

    private static final Logger log = LoggerFactory.getLogger(AccountAudit.class);

    private final AuditLog auditLog;

    public AccountAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /**
     * The session's next request found its account changed, and the session was ended. Best effort: the session
     * is ended whether or not the entry can be written (a failure is logged, without the username).
     *
     * @param reason  why the account changed ({@code ACCOUNT_DISABLED}, {@code ACCESS_CHANGED}, ...)
     * @param channel {@code API} or {@code PAGE}
     */
    public void sessionEnded(String username, String reason, String channel, HttpServletRequest request) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", reason);
        details.put("channel", channel);
        details.put("request", AuditRequests.endpoint(request));
        try {
            auditLog.append(new AuditLog.NewEntry(auditLog.now(), AuditKind.SESSION_ENDED, username, null, null, null,
                    reason, details, null));
        } catch (RuntimeException e) {
            log.error("An ended session ({}) could not be written to the audit trail: {}", reason,
                    e.getClass().getName());
        }
    }

    /**
     * The user changed their own password. The change is made; an entry that cannot be written answers 503, as
     * for an administrator's change.
     *
     * @param forced whether it was the change required after an administrator handed out the password
     */
    public void passwordChanged(String username, boolean forced, String channel) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("forced", forced);
        details.put("channel", channel);
        try {
            auditLog.append(new AuditLog.NewEntry(auditLog.now(), AuditKind.ACCOUNT, username, null, null, null,
                    "PASSWORD_CHANGED", details, null));
        } catch (RuntimeException e) {
            throw new AuditUnavailableException(e);
        }
    }

    /** A change of password was refused because the current password given was wrong: a guess, perhaps. */
    public void passwordChangeRefused(String username, String channel) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", "WRONG_CURRENT_PASSWORD");
        details.put("channel", channel);
        try {
            auditLog.append(new AuditLog.NewEntry(auditLog.now(), AuditKind.ACCOUNT, username, null, null, null,
                    "PASSWORD_CHANGE_REFUSED", details, null));
        } catch (RuntimeException e) {
            log.error("A refused password change could not be written to the audit trail: {}", e.getClass().getName());
        }
    }

    /**
     * A new set of recovery codes replaced the account's old ones. Fail closed: called inside the change's
     * transaction, an entry that cannot be written throws and the codes are not replaced (503).
     *
     * @param reason {@code SET_UP} (with the second factor) or {@code REPLACED} (the user asked for new ones)
     */
    public void recoveryCodesMade(String username, String reason, int codes) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", reason);
        details.put("codes", codes);
        details.put("channel", "PAGE");
        change(username, "RECOVERY_CODES_MADE", details);
    }

    /**
     * A recovery code was used to sign in, in place of an authenticator code. Fail closed, like
     * {@link #recoveryCodesMade}: a use that cannot be recorded leaves the code unused and signs nobody in.
     */
    public void recoveryCodeUsed(String username, int left) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("left", left);
        details.put("channel", "PAGE");
        change(username, "RECOVERY_CODE_USED", details);
    }

    /** New recovery codes were refused because the password given was wrong: a guess, perhaps. Best effort. */
    public void recoveryCodesRefused(String username) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", "WRONG_CURRENT_PASSWORD");
        details.put("channel", "PAGE");
        try {
            auditLog.append(new AuditLog.NewEntry(auditLog.now(), AuditKind.ACCOUNT, username, null, null, null,
                    "RECOVERY_CODES_REFUSED", details, null));
        } catch (RuntimeException e) {
            log.error("Refused new recovery codes could not be written to the audit trail: {}", e.getClass().getName());
        }
    }

    private void change(String username, String what, Map<String, Object> details) {
        try {
            auditLog.append(new AuditLog.NewEntry(auditLog.now(), AuditKind.ACCOUNT, username, null, null, null,
                    what, details, null));
        } catch (RuntimeException e) {
            throw AuditUnavailableException.forChange(e);
        }
    }
}
