package uk.tidemark.kernel.officialaccount.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;

/** Record the yearly review of the account and what it found. */
public record ReviewOfficialAccount(@TargetAggregateIdentifier OfficialAccountId accountId, String findings) {
}
