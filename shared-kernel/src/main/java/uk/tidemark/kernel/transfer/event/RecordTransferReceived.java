package uk.tidemark.kernel.transfer.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.Personal;
import uk.tidemark.kernel.transfer.TransferId;

import java.time.LocalDate;

/**
 * The receipt was confirmed. Within the trust a lead of the receiving setting acknowledged it ({@code confirmedBy}
 * and {@code how} are null); for a school outside Tidemark the sender recorded who there confirmed it and how.
 */
@Revision("1")
public record RecordTransferReceived(TransferId transferId, @Personal String confirmedBy, @Personal String how,
                                     LocalDate receivedOn) implements RecordTransferEvent {
}
