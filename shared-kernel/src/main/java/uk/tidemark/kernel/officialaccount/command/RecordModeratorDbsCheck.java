package uk.tidemark.kernel.officialaccount.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;

import java.time.LocalDate;

/** Record a moderator's (renewed) DBS check. */
public record RecordModeratorDbsCheck(@TargetAggregateIdentifier OfficialAccountId accountId, String personId,
                                      LocalDate checkedOn) {
}
