package uk.tidemark.query.transfer;

import org.springframework.data.mongodb.core.mapping.Document;
import uk.tidemark.kernel.transfer.TransferState;
import uk.tidemark.query.CaseHistoryDocument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One record transfer in collection {@value #COLLECTION}, as {@link RecordTransferProjection} keeps it. */
@Document(collection = RecordTransferDocument.COLLECTION)
class RecordTransferDocument extends CaseHistoryDocument {
    static final String COLLECTION = "record_transfers";

    public String settingId;
    public String toSettingId;
    public String toSchool;
    /** Both settings, so one query finds a setting's transfers in and out. */
    public List<String> settingIds = new ArrayList<>();
    public String personId;
    public String personName;
    /** ISO days, as every calendar day of the read models. */
    public String startDate;
    public String dueOn;
    public List<Sent> cases = new ArrayList<>();
    public String startedBy;
    public Instant startedAt;
    public TransferState state;
    public String deliveredHow;
    public String deliveredOn;
    public String bundleId;
    public String confirmedBy;
    public String confirmedHow;
    public String receivedOn;
    public String receivedBy;
    public Instant receivedAt;
    public boolean missed;
    /** The few words that name the transfer on the deadline board: never the pupil's name. */
    public String summary;

    public record Sent(String id, String reference, String title) {
    }
}
