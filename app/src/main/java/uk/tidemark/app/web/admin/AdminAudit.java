package uk.tidemark.app.web.admin;

import org.springframework.stereotype.Component;
import uk.tidemark.app.audit.AuditKind;
import uk.tidemark.app.audit.AuditLog;
import uk.tidemark.app.audit.AuditUnavailableException;
import uk.tidemark.app.security.TidemarkUser;

import java.util.Map;

/**
 * Every administrative change in the audit trail, as an {@link AuditKind#ADMIN} entry: who, what
 * ({@code USER_CREATED}, {@code USER_ACCESS_CHANGED}, ...) and the change's details — usernames, roles, setting
 * ids, dates. Never a password, never case content.
 */
@Component
class AdminAudit {

    private final AuditLog log;

    AdminAudit(AuditLog log) {
        this.log = log;
    }

    void record(TidemarkUser admin, String what, Map<String, ?> details) {
        try {
            log.append(new AuditLog.NewEntry(log.now(), AuditKind.ADMIN, admin.getUsername(), null, null, null, what,
                    details, null));
        } catch (RuntimeException e) {
            throw new AuditUnavailableException(e);
        }
    }
}
