package uk.tidemark.app.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Sends a notification's e-mail, at most once. Spring Boot makes a {@link JavaMailSender} only when
 * {@code spring.mail.host} is set; without one every e-mail is skipped.
 *
 * <p>Before sending, the notification id is written to {@code tidemark_notification_mail} in the relational store
 * in a transaction of its own, committed at once: if that row exists the e-mail went (or was tried) before, and
 * is not sent again, even when the inbox in the read store was lost and is being filled again. A failure is
 * logged with the notification's event id and the kind of failure only: never an address or case text.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final JavaMailSender sender;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final String from;
    private final String linkBase;

    NotificationMailer(ObjectProvider<JavaMailSender> sender, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                       @Value("${tidemark.notifications.mail.from:tidemark@localhost}") String from,
                       @Value("${tidemark.notifications.mail.link-base:}") String linkBase) {
        this.sender = sender.getIfAvailable();
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = from;
        this.linkBase = linkBase;
    }

    /** Whether an e-mail would be sent to this address at all. */
    boolean willSend(String address) {
        return sender != null && address != null && !address.isBlank();
    }

    /**
     * Sends the notification's e-mail to {@code address}, unless it was claimed before. Never throws for a mail
     * failure: the notifier must go on with the next event.
     */
    MailStatus send(NotificationDocument doc, String address, String eventId) {
        if (!willSend(address)) {
            return MailStatus.SKIPPED;
        }
        if (!claim(doc.id)) {
            log.info("Notification e-mail for event {} was sent before; not sending it again", eventId);
            return MailStatus.SKIPPED;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(address);
        mail.setSubject(NotificationTexts.subject(doc.kind, doc.caseReference));
        mail.setText(doc.caseId == null ? NotificationTexts.body(doc.text, doc.link, linkBase)
                : NotificationTexts.body(doc.text, doc.caseType, doc.caseId, linkBase));
        try {
            sender.send(mail);
            return MailStatus.SENT;
        } catch (RuntimeException e) {
            // a MailException, mostly; its message may hold the address, so only its type is logged
            log.warn("Notification e-mail for event {} ({}) could not be sent: {}", eventId, doc.kind,
                    e.getClass().getSimpleName());
            return MailStatus.FAILED;
        }
    }

    private boolean claim(String notificationId) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO tidemark_notification_mail (notification_id, claimed_at) VALUES (?, ?)",
                    notificationId, Timestamp.from(Instant.now())));
            return true;
        } catch (DuplicateKeyException alreadyClaimed) {
            return false;
        }
    }
}
