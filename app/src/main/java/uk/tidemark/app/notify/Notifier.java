package uk.tidemark.app.notify;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.access.ConflictOfInterest;
import uk.tidemark.app.account.Contact;
import uk.tidemark.app.account.Setting;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.declaration.DeclarationKind;
import uk.tidemark.kernel.declaration.event.DeclarationMade;
import uk.tidemark.kernel.policy.event.PolicyAcknowledgementReminded;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.event.DeadlineMissed;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.event.IncidentLogged;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells people about an immediate-risk report, every missed deadline and, if they chose, every new report: an inbox entry each, and an e-mail for
 * each entry it creates. Its own processing group, so a slow mail server never holds back the read models.
 *
 * <p>Never twice: {@code @DisallowReplay} makes a reset (a rebuild of the read models) pass every past event by
 * this class, and a redelivered event finds its inbox entries by id and mails nothing (see
 * {@link NotificationInbox#insertIfAbsent}). There is no reset handler: the inbox is kept through a reset.
 */
@Component
@ProcessingGroup(Notifier.PROCESSING_GROUP)
@DisallowReplay
class Notifier {

    static final String PROCESSING_GROUP = "notifications";

    private final Recipients recipients;
    private final AccountStore accounts;
    private final NotificationInbox inbox;
    private final NotificationMailer mailer;
    private final ConflictOfInterest conflicts;
    private final CaseReferences references;
    private final NotificationPreferences preferences;
    /** tidemark_notifications_total{kind}: inbox entries created (one per person told). */
    private final Map<NotificationKind, Counter> told = new EnumMap<>(NotificationKind.class);
    /** tidemark_notification_emails_total{kind,result}: e-mails handed to the mail server, SENT or FAILED. */
    private final Map<NotificationKind, Map<MailStatus, Counter>> mailed = new EnumMap<>(NotificationKind.class);

    Notifier(Recipients recipients, AccountStore accounts, NotificationInbox inbox, NotificationMailer mailer,
             ConflictOfInterest conflicts, CaseReferences references, NotificationPreferences preferences,
             MeterRegistry registry) {
        this.preferences = preferences;
        this.references = references;
        this.recipients = recipients;
        this.accounts = accounts;
        this.inbox = inbox;
        this.mailer = mailer;
        this.conflicts = conflicts;
        for (NotificationKind kind : NotificationKind.values()) {
            told.put(kind, Counter.builder("tidemark.notifications")
                    .description("Notifications created in the inbox, one per person told, by kind")
                    .tag("kind", kind.name()).register(registry));
            Map<MailStatus, Counter> results = new EnumMap<>(MailStatus.class);
            for (MailStatus result : new MailStatus[] {MailStatus.SENT, MailStatus.FAILED}) {
                results.put(result, Counter.builder("tidemark.notification.emails")
                        .description("Notification e-mails the mail server accepted (SENT) or refused (FAILED)")
                        .tag("kind", kind.name()).tag("result", result.name()).register(registry));
            }
            mailed.put(kind, results);
        }
    }

    /**
     * A report of a child at immediate risk is told to every lead of the setting; any other report to the leads who
     * chose to be told about every new report ({@link NewReports}), by e-mail only if they chose that too.
     */
    @EventHandler
    public void on(IncidentLogged e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        // most reports are not of immediate risk, and most leads choose nothing: one small read settles those
        // before the setting and its leads are looked up (every report passes here; the benchmark's commands too)
        Map<String, NewReports> chosen = e.immediateRisk() ? Map.of() : preferences.chosen();
        if (!e.immediateRisk() && chosen.isEmpty()) {
            return;
        }
        String settingName = accounts.findSetting(e.settingId()).map(Setting::name).orElse(null);
        // the subjects named on the report itself: the read model may not have the case yet
        Set<String> subjects = e.people() == null ? Set.of() : e.people().stream().map(Person::conflictedUsername)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        if (e.immediateRisk()) {
            String text = NotificationTexts.immediateRisk(settingName, e.reference(), e.category());
            for (Contact contact : recipients.ofImmediateRisk(e.settingId(), subjects)) {
                notify(eventId, contact, entry(NotificationKind.IMMEDIATE_RISK, CaseType.INCIDENT,
                        e.incidentId().value(), e.reference(), null, null, at, text), true);
            }
            return;
        }
        String text = NotificationTexts.newReport(settingName, e.reference(), e.category());
        for (Contact contact : recipients.ofImmediateRisk(e.settingId(), subjects)) {
            NewReports choice = chosen.getOrDefault(contact.username(), NewReports.OFF);
            if (choice != NewReports.OFF) {
                notify(eventId, contact, entry(NotificationKind.NEW_REPORT, CaseType.INCIDENT,
                        e.incidentId().value(), e.reference(), null, null, at, text), choice == NewReports.EMAIL);
            }
        }
    }

    @EventHandler
    public void on(DeadlineMissed e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        CaseReferences.Named named = references.named(e.caseType(), e.caseId());
        String reference = named.reference();
        String text = NotificationTexts.deadlineMissed(e.kind(), e.dueAt(), e.caseType(), reference,
                named.category());
        // a deadline is missed long after its case was logged: the read model knows the case's subjects by then
        Set<String> subjects = conflicts.subjectsOf(e.caseId()).usernames();
        for (Contact contact : recipients.ofMissedDeadline(e, subjects)) {
            notify(eventId, contact, entry(NotificationKind.DEADLINE_MISSED, e.caseType(), e.caseId(), reference,
                    e.kind(), e.dueAt(), at, text), true);
        }
    }

    /** A member of staff has a policy to acknowledge in a few working days (issue 18): they alone are reminded. */
    @EventHandler
    public void on(PolicyAcknowledgementReminded e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        if (e.policyId() == null || e.username() == null) {
            return;
        }
        accounts.contact(e.username()).ifPresent(contact -> notify(eventId, contact,
                entry(NotificationKind.DEADLINE_REMINDER, CaseType.POLICY, e.policyId().value(), null,
                        DeadlineKind.POLICY_ACKNOWLEDGEMENT, e.dueAt(), at,
                        NotificationTexts.policyReminder(e.title(), e.version(), e.dueAt())), true));
    }

    /**
     * A declaration reaches who deals with it (issue 18): a contact the setting's safeguarding leads, a request for
     * approval its headteachers; never the member of staff who made it.
     */
    @EventHandler
    public void on(DeclarationMade e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        if (e.declarationId() == null || e.settingId() == null) {
            return;
        }
        boolean approval = e.kind() == DeclarationKind.APPROVAL;
        String settingName = accounts.findSetting(e.settingId()).map(Setting::name).orElse(null);
        String text = NotificationTexts.declaration(settingName, approval);
        for (Contact contact : recipients.ofDeclaration(e.settingId(), approval, e.declaredBy())) {
            notify(eventId, contact, entry(NotificationKind.DECLARATION, CaseType.DECLARATION,
                    e.declarationId().value(), null, null, null, at, text), true);
        }
    }

    /** @param mayMail whether the recipient is e-mailed as well (when e-mail is configured and they have an address) */
    private void notify(String eventId, Contact contact, NotificationDocument doc, boolean mayMail) {
        doc.id = NotificationDocument.idOf(eventId, contact.username());
        doc.recipient = contact.username();
        boolean mail = mayMail && mailer.willSend(contact.email());
        doc.mailStatus = mail ? MailStatus.PENDING : MailStatus.SKIPPED;
        if (!inbox.insertIfAbsent(doc)) {
            return; // redelivered: told before, inbox and e-mail alike
        }
        told.get(doc.kind).increment();
        if (mail) {
            MailStatus result = mailer.send(doc, contact.email(), eventId);
            inbox.recordMail(doc.id, result);
            Counter counter = mailed.get(doc.kind).get(result);
            if (counter != null) {
                counter.increment();
            }
        }
    }

    private static NotificationDocument entry(NotificationKind kind, CaseType caseType, String caseId,
                                              String caseReference, DeadlineKind deadlineKind, Instant dueAt,
                                              Instant at, String text) {
        NotificationDocument doc = new NotificationDocument();
        doc.kind = kind;
        doc.caseType = caseType;
        doc.caseId = caseId;
        doc.caseReference = caseReference;
        doc.deadlineKind = deadlineKind;
        doc.dueAt = dueAt;
        doc.createdAt = at;
        doc.text = text;
        return doc;
    }
}
