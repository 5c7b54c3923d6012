package uk.tidemark.kernel.transfer.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.Personal;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.register.RegisterRecordStarted;
import uk.tidemark.kernel.transfer.TransferId;

import java.time.LocalDate;
import java.util.List;

/**
 * A pupil's child protection file was sent on (KCSIE): whose, from which setting ({@code settingId}), to a setting
 * of the trust ({@code toSettingId}) or to a school outside Tidemark ({@code toSchool}, its name), the day the
 * pupil starts there, the cases sent, who sent it, and the day the receipt is due (5 school days on).
 */
@Revision("1")
public record RecordTransferStarted(TransferId transferId, String settingId, String startedBy, PersonId personId,
                                    @Personal String personName, String toSettingId, @Personal String toSchool,
                                    LocalDate startDate, LocalDate dueOn, List<String> caseIds)
        implements RecordTransferEvent, RegisterRecordStarted {

    public RecordTransferStarted {
        caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
    }

    /** Whether the file went to a school outside Tidemark. */
    public boolean outside() {
        return toSettingId == null;
    }
}
