package uk.tidemark.kernel.transfer.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.transfer.TransferId;

import java.time.LocalDate;

/**
 * Confirm the receipt: within the trust, the receiving lead's acknowledgement (no other field); for a school outside
 * Tidemark, who there confirmed it and how, recorded by the sender.
 */
public record ConfirmTransferReceipt(@TargetAggregateIdentifier TransferId transferId, String confirmedBy,
                                     String how, LocalDate receivedOn) {
}
