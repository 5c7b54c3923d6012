package uk.tidemark.kernel.transfer.query;

import uk.tidemark.kernel.transfer.TransferState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A record transfer as the leads of its two settings see it: what was sent (each case by id, reference and title),
 * from where to where, when and by whom, and where the receipt stands. {@code version} is the sequence number of
 * the last event applied (If-Match).
 */
public record RecordTransferView(String id, String settingId, String toSettingId, String toSchool, String personId,
                                 String personName, LocalDate startDate, LocalDate dueOn, List<SentCase> cases,
                                 String startedBy, Instant startedAt, TransferState state, String deliveredHow,
                                 LocalDate deliveredOn, String bundleId, String confirmedBy, String confirmedHow,
                                 LocalDate receivedOn, String receivedBy, Instant receivedAt, boolean missed,
                                 long version) {

    /** A case sent, as it was named when it was sent. */
    public record SentCase(String id, String reference, String title) {
    }

    public boolean outside() {
        return toSettingId == null;
    }
}
