package uk.tidemark.kernel.transfer.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.transfer.TransferId;

import java.time.LocalDate;

/** Record how and when the file was delivered to a school outside Tidemark, with the bundle's id if one was made. */
public record RecordTransferDelivery(@TargetAggregateIdentifier TransferId transferId, String how,
                                     LocalDate deliveredOn, String bundleId) {
}
