package uk.tidemark.kernel.transfer.event;

import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.register.RegisterEvent;
import uk.tidemark.kernel.transfer.TransferId;

/**
 * An event of a record transfer (decision 0055): a record of its own, filed and located as a register's record is
 * (its type {@link CaseType#RECORD_TRANSFER}), its personal content sealed under the transfer's own data key.
 */
public interface RecordTransferEvent extends RegisterEvent {

    TransferId transferId();

    @Override
    default CaseType recordType() {
        return CaseType.RECORD_TRANSFER;
    }

    @Override
    default String recordId() {
        return transferId().value();
    }

    @Override
    default String dataKey() {
        return transferId().value();
    }
}
