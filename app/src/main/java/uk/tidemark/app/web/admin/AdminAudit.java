package uk.tidemark.app.web.admin;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.tidemark.app.audit.AuditKind;
import uk.tidemark.app.audit.AuditLog;
import uk.tidemark.app.audit.AuditUnavailableException;
import uk.tidemark.app.account.TidemarkUser;

import java.util.Map;

/**
 * Every administrative change in the audit trail, as an {@link AuditKind#ADMIN} entry: who, what
 * ({@code USER_CREATED}, {@code USER_ACCESS_CHANGED}, ...) and the change's details — usernames, roles, setting
 * ids, dates. Never a password, never case content.
 *
 * <p>A change that cannot be audited is not made (decision 0029): each change runs in one transaction of the
 * relational store ({@code @Transactional} on the controller's method) and records its entry as its last step,
 * before that transaction commits. If the entry cannot be written this throws, the change rolls back, and the
 * request answers 503. The entry is committed first (the log commits in its own transaction), so the one thing that
 * can still go wrong is the opposite and harmless one: the change's own commit failing after its entry was written.
 * Called outside a transaction, the entry could follow a change already committed, so it refuses (a programming
 * error that every administration test would meet).
 */
@Component
class AdminAudit {

    private final AuditLog log;
    private final TransactionTemplate own;

    AdminAudit(AuditLog log, PlatformTransactionManager transactions) {
        this.log = log;
        this.own = new TransactionTemplate(transactions);
    }

    /**
     * The summary entry of an event-sourced change the command side has already committed (a roster import): each of
     * its events is in the trail already, with its actor, by the event auditor; this adds the administrator's action
     * as a whole (counts only). Not inside the command's transaction: the read models would then learn of its
     * events only at the event store's next poll, a second later, instead of at its commit.
     */
    void recordDone(TidemarkUser admin, String what, Map<String, ?> details) {
        own.executeWithoutResult(status -> record(admin, what, details));
    }

    void record(TidemarkUser admin, String what, Map<String, ?> details) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an administrative change must be audited inside its transaction: "
                    + what);
        }
        try {
            log.append(new AuditLog.NewEntry(log.now(), AuditKind.ADMIN, admin.getUsername(), null, null, null, what,
                    details, null));
        } catch (RuntimeException e) {
            throw AuditUnavailableException.forChange(e);
        }
    }
}
