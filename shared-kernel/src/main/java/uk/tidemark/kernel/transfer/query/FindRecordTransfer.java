package uk.tidemark.kernel.transfer.query;

import uk.tidemark.kernel.transfer.TransferId;

/** One record transfer, as {@link RecordTransferView}; empty when unknown. */
public record FindRecordTransfer(TransferId transferId) {
}
