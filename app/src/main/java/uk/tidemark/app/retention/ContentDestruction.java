package uk.tidemark.app.retention;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.tidemark.app.crypto.DataKeys;
import uk.tidemark.kernel.ErasureGround;

import java.util.List;
import java.util.function.Supplier;

/**
 * A record's data key destroyed together with the command that records its destruction (decisions 0051, 0052): in
 * one transaction, as an evidence file and its command are kept (decision 0037). The command is sent through the
 * local command bus, which joins the transaction; a refused command rolls the key's tombstone back, and a key is never
 * destroyed without the event that says so.
 */
@Component
public class ContentDestruction {

    private final DataKeys keys;
    private final TransactionTemplate transaction;
    private final EventStore events;

    ContentDestruction(DataKeys keys, PlatformTransactionManager transactions, EventStore events) {
        this.keys = keys;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    /**
     * Runs {@code confirm} (the command, which answers the ground the destruction was asked on, or refuses) and
     * destroys the key of {@code recordId} on that ground, in one transaction: a refused command destroys nothing.
     */
    public void destroy(String recordId, Supplier<ErasureGround> confirm) {
        transaction.executeWithoutResult(status -> {
            ErasureGround ground = confirm.get();
            if (ground == null) {
                throw new IllegalStateException("a confirmed destruction answers its ground");
            }
            keys.destroy(recordId, ground);
        });
        // the event was committed with this transaction, after the store's own notice found nothing: hand it to the
        // read models now rather than at the next poll (as EvidenceFiles.keep does)
        events.publish(List.of());
    }
}
