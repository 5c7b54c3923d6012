package uk.tidemark.app.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Contact;
import uk.tidemark.app.account.Role;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.event.DeadlineMissed;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who is told what. The accounts are read when the event is handled, not when it happened: a DSL who has left
 * (disabled) is not mailed, one who has joined is.
 *
 * <p>Conflict of interest: a user who is a subject of the case is never told about it. What would have gone to them
 * goes to the headteachers of the case's setting instead (BRIEF.md: the alternate owner when a DSL is conflicted),
 * while everyone else who would have been told still is.
 */
@Component
class Recipients {

    private static final Logger log = LoggerFactory.getLogger(Recipients.class);
    static final Set<Role> SAFEGUARDING_LEADS = EnumSet.of(Role.DSL, Role.DEPUTY_DSL);

    private final AccountStore accounts;

    Recipients(AccountStore accounts) {
        this.accounts = accounts;
    }

    /** Every DSL and deputy DSL of the setting, its trust's trust-wide ones included; never a subject of the case. */
    List<Contact> ofImmediateRisk(String settingId, Set<String> subjects) {
        return routedAwayFrom(subjects, accounts.contactsFor(settingId, SAFEGUARDING_LEADS), settingId);
    }

    /**
     * The deadline's owner. With no owner (or one whose account is gone or disabled), the people who would own
     * it: HR for a disciplinary case, the headteachers for a policy or a low-level concerns record, the setting's
     * safeguarding leads for the others. A missed policy acknowledgement is someone else's obligation: it tells its
     * owner and the setting's headteachers, who answer for it (issue 18).
     */
    List<Contact> ofMissedDeadline(DeadlineMissed e, Set<String> subjects) {
        if (e.ownerId() != null) {
            var owner = accounts.contact(e.ownerId());
            if (owner.isPresent() && e.kind() == DeadlineKind.POLICY_ACKNOWLEDGEMENT && e.settingId() != null) {
                Map<String, Contact> told = new TreeMap<>();
                told.put(owner.get().username(), owner.get());
                accounts.contactsFor(e.settingId(), EnumSet.of(Role.HEADTEACHER))
                        .forEach(c -> told.putIfAbsent(c.username(), c));
                return List.copyOf(told.values());
            }
            if (owner.isPresent()) {
                return routedAwayFrom(subjects, List.of(owner.get()), e.settingId());
            }
            log.warn("The owner of missed deadline {} has no enabled account; telling the case's leads instead",
                    e.deadlineId());
        }
        if (e.settingId() == null) {
            log.warn("Missed deadline {} names no setting and no owner; nobody to notify", e.deadlineId());
            return List.of();
        }
        return routedAwayFrom(subjects, accounts.contactsFor(e.settingId(), answerableFor(e.caseType())),
                e.settingId());
    }

    /**
     * A declaration's readers (issue 18): the setting's safeguarding leads for a contact, its headteachers for a
     * request for approval; never {@code declaredBy}. In username order.
     */
    List<Contact> ofDeclaration(String settingId, boolean approval, String declaredBy) {
        return accounts.contactsFor(settingId, approval ? EnumSet.of(Role.HEADTEACHER) : SAFEGUARDING_LEADS).stream()
                .filter(c -> !c.username().equals(declaredBy)).sorted(java.util.Comparator.comparing(Contact::username))
                .toList();
    }

    /** Who answers for a case or register record that has no owner of its own. */
    private static Set<Role> answerableFor(CaseType type) {
        return switch (type) {
            case DISCIPLINARY -> EnumSet.of(Role.HR);
            case POLICY, LOW_LEVEL_CONCERN -> EnumSet.of(Role.HEADTEACHER);
            case INCIDENT, COMPLAINT, IMAGE_CONSENT, OFFICIAL_ACCOUNT, DECLARATION -> SAFEGUARDING_LEADS;
            case SUBJECT_ACCESS -> EnumSet.of(Role.DSL);
            case RECORD_TRANSFER -> SAFEGUARDING_LEADS;
        };
    }

    /**
     * {@code wouldBeTold} without the subjects of the case; if any was left out, the setting's headteachers (who
     * are not subjects themselves) are told in their place. In username order, each once.
     */
    private List<Contact> routedAwayFrom(Set<String> subjects, List<Contact> wouldBeTold, String settingId) {
        if (subjects.isEmpty() || wouldBeTold.stream().noneMatch(c -> subjects.contains(c.username()))) {
            return wouldBeTold;
        }
        Map<String, Contact> told = new TreeMap<>();
        wouldBeTold.stream().filter(c -> !subjects.contains(c.username())).forEach(c -> told.put(c.username(), c));
        if (settingId != null) {
            accounts.contactsFor(settingId, EnumSet.of(Role.HEADTEACHER)).stream()
                    .filter(c -> !subjects.contains(c.username())).forEach(c -> told.putIfAbsent(c.username(), c));
        }
        log.info("A notification about a case was routed away from a subject of it, to {} other recipient(s)",
                told.size());
        return List.copyOf(told.values());
    }
}
