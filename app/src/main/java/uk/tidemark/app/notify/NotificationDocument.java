package uk.tidemark.app.notify;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;

import java.time.Instant;

/**
 * One inbox entry in collection {@value #COLLECTION}: one event told to one person. The id is
 * {@code <event identifier>:<username>}, so a redelivered event finds its entries already there and inserts
 * nothing. {@code text} names no person and quotes no case text: it is what an e-mail may carry too.
 */
@Document(collection = NotificationDocument.COLLECTION)
public class NotificationDocument {
    static final String COLLECTION = "notifications";

    @Id
    public String id;
    String recipient;
    public NotificationKind kind;
    public CaseType caseType;
    public String caseId;
    /** The case's reference (decision 0038), null for a notification about no case or a case without one yet. */
    public String caseReference;
    /** Set for {@link NotificationKind#DEADLINE_MISSED}. */
    DeadlineKind deadlineKind;
    Instant dueAt;
    /** The event's time, not the time the notifier got to it. */
    public Instant createdAt;
    /** Null while unread. */
    public Instant readAt;
    public String text;
    /** Where the notification leads when it is about no case (a role change): a path of the pages, or null. */
    public String link;
    MailStatus mailStatus;

    static String idOf(String eventIdentifier, String username) {
        return eventIdentifier + ":" + username;
    }
}
