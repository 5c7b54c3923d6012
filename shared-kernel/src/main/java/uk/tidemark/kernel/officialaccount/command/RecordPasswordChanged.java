package uk.tidemark.kernel.officialaccount.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;

import java.time.LocalDate;

/** "The password was changed on this date": meets the password changes awaited. */
public record RecordPasswordChanged(@TargetAggregateIdentifier OfficialAccountId accountId, LocalDate changedOn) {
}
