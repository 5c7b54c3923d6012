package uk.tidemark.kernel.officialaccount.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;

/** Close the account, saying why. */
public record CloseOfficialAccount(@TargetAggregateIdentifier OfficialAccountId accountId, String reason) {
}
