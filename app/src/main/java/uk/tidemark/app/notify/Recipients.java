package uk.tidemark.app.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.tidemark.app.security.AccountStore;
import uk.tidemark.app.security.Contact;
import uk.tidemark.app.security.Role;
import uk.tidemark.kernel.deadline.CaseType;
import uk.tidemark.kernel.deadline.event.DeadlineMissed;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who is told what. The accounts are read when the event is handled, not when it happened: a DSL who has left
 * (disabled) is not mailed, one who has joined is.
 */
@Component
class Recipients {

    private static final Logger log = LoggerFactory.getLogger(Recipients.class);
    static final Set<Role> SAFEGUARDING_LEADS = EnumSet.of(Role.DSL, Role.DEPUTY_DSL);

    private final AccountStore accounts;

    Recipients(AccountStore accounts) {
        this.accounts = accounts;
    }

    /** Every DSL and deputy DSL of the setting, its trust's trust-wide ones included. */
    List<Contact> ofImmediateRisk(String settingId) {
        return accounts.contactsFor(settingId, SAFEGUARDING_LEADS);
    }

    /**
     * The deadline's owner. With no owner (or one whose account is gone or disabled), the people who would own
     * it: HR for a disciplinary case, the setting's safeguarding leads for the others.
     */
    List<Contact> ofMissedDeadline(DeadlineMissed e) {
        if (e.ownerId() != null) {
            var owner = accounts.contact(e.ownerId());
            if (owner.isPresent()) {
                return List.of(owner.get());
            }
            log.warn("The owner of missed deadline {} has no enabled account; telling the case's leads instead",
                    e.deadlineId());
        }
        if (e.settingId() == null) {
            log.warn("Missed deadline {} names no setting and no owner; nobody to notify", e.deadlineId());
            return List.of();
        }
        return accounts.contactsFor(e.settingId(),
                e.caseType() == CaseType.DISCIPLINARY ? EnumSet.of(Role.HR) : SAFEGUARDING_LEADS);
    }
}
