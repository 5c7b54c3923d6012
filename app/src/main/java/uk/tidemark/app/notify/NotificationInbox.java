package uk.tidemark.app.notify;

import jakarta.annotation.PostConstruct;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The inbox read model. Not a projection that can be rebuilt: the notifier never replays (it sends e-mails), so
 * there is no reset handler and a rebuild of the other read models leaves the inbox as it is.
 */
@Repository
public class NotificationInbox {

    private final MongoTemplate mongo;

    NotificationInbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A user's inbox is read newest first (an index for real MongoDB; the embedded server scans). */
    @PostConstruct
    void createIndexes() {
        mongo.indexOps(NotificationDocument.COLLECTION).ensureIndex(new Index().named("recipient_created")
                .on("recipient", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
    }

    /**
     * Inserts the entry unless one with its id exists; answers whether this call created it. Only a created entry
     * is mailed, which is what keeps a redelivered event from sending anything twice.
     */
    boolean insertIfAbsent(NotificationDocument doc) {
        // findById first: an index lookup everywhere, and the common redelivery case costs no failed insert
        if (mongo.findById(doc.id, NotificationDocument.class) != null) {
            return false;
        }
        try {
            mongo.insert(doc);
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    void recordMail(String id, MailStatus status) {
        mongo.updateFirst(Query.query(where("_id").is(id)), Update.update("mailStatus", status),
                NotificationDocument.class);
    }

    /** The recipient's entries, newest first. */
    public List<NotificationDocument> of(String recipient, boolean unreadOnly, int page, int size) {
        Criteria criteria = where("recipient").is(recipient);
        if (unreadOnly) {
            criteria = criteria.and("readAt").is(null);
        }
        Query query = Query.query(criteria)
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .skip((long) page * size).limit(size);
        return mongo.find(query, NotificationDocument.class);
    }

    /**
     * Marks the recipient's own entry read (the first reading time is kept); false when there is no such entry for
     * this recipient, whoever else's it may be.
     */
    public boolean markRead(String id, String recipient, Instant at) {
        NotificationDocument doc = mongo.findById(id, NotificationDocument.class);
        if (doc == null || !recipient.equals(doc.recipient)) {
            return false;
        }
        if (doc.readAt == null) {
            mongo.updateFirst(Query.query(where("_id").is(id).and("readAt").is(null)), Update.update("readAt", at),
                    NotificationDocument.class);
        }
        return true;
    }
}
