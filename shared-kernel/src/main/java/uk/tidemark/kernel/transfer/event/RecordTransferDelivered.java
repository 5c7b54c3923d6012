package uk.tidemark.kernel.transfer.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.Personal;
import uk.tidemark.kernel.transfer.TransferId;

import java.time.LocalDate;

/**
 * The sender delivered the file to a school outside Tidemark: how (secure email, by hand...), on which day, and the
 * case bundle sent, if one was made (its id, or null).
 */
@Revision("1")
public record RecordTransferDelivered(TransferId transferId, @Personal String how, LocalDate deliveredOn,
                                      String bundleId) implements RecordTransferEvent {
}
