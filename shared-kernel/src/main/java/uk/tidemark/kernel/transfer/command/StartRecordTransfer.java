package uk.tidemark.kernel.transfer.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.transfer.TransferId;

import java.time.LocalDate;
import java.util.List;

/**
 * Send a pupil's child protection file on: to a setting of the trust ({@code toSettingId}) or to a school outside
 * Tidemark ({@code toSchool}), exactly one of them; {@code caseIds} are the cases the directory names the pupil on
 * in the sending setting.
 */
public record StartRecordTransfer(@TargetAggregateIdentifier TransferId transferId, String settingId,
                                  PersonId personId, String personName, String toSettingId, String toSchool,
                                  LocalDate startDate, List<String> caseIds) {
}
