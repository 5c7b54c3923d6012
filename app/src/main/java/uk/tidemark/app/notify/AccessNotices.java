package uk.tidemark.app.notify;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.tidemark.app.account.Contact;

import java.time.Instant;
import java.util.Collection;

/**
 * Notifications about access rather than cases (a case role asked for, confirmed or declined, decision 0026): an
 * inbox entry per person and its e-mail, once per notice id and person, as the case notifications are. Told when
 * the change is made, not from an event; a failure to tell is logged and does not undo the change, which the audit
 * trail holds either way.
 */
@Component
public class AccessNotices {

    private static final Logger log = LoggerFactory.getLogger(AccessNotices.class);

    private final NotificationInbox inbox;
    private final NotificationMailer mailer;
    private final MeterRegistry registry;

    AccessNotices(NotificationInbox inbox, NotificationMailer mailer, MeterRegistry registry) {
        this.inbox = inbox;
        this.mailer = mailer;
        this.registry = registry;
    }

    /**
     * Tells each contact {@code text} (no case content: who, which role, where), linking to {@code path} when
     * given.
     */
    public void tell(String noticeId, Collection<Contact> contacts, String text, String path, Instant at) {
        for (Contact contact : contacts) {
            try {
                NotificationDocument doc = new NotificationDocument();
                doc.id = NotificationDocument.idOf(noticeId, contact.username());
                doc.recipient = contact.username();
                doc.kind = NotificationKind.ROLE_CHANGE;
                doc.createdAt = at;
                doc.text = text;
                doc.link = path;
                boolean mail = mailer.willSend(contact.email());
                doc.mailStatus = mail ? MailStatus.PENDING : MailStatus.SKIPPED;
                if (!inbox.insertIfAbsent(doc)) {
                    continue; // told before
                }
                // the same meters as the case notifications' (Notifier registers them), under this kind
                registry.counter("tidemark.notifications", "kind", doc.kind.name()).increment();
                if (mail) {
                    MailStatus result = mailer.send(doc, contact.email(), noticeId);
                    inbox.recordMail(doc.id, result);
                    if (result != MailStatus.SKIPPED) {
                        registry.counter("tidemark.notification.emails", "kind", doc.kind.name(), "result",
                                result.name()).increment();
                    }
                }
            } catch (RuntimeException e) {
                log.warn("A role-change notification ({}) could not be delivered to one recipient: {}", noticeId,
                        e.getClass().getSimpleName());
            }
        }
    }
}
