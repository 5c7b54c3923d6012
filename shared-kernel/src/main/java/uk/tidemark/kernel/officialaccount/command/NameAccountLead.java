package uk.tidemark.kernel.officialaccount.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;

/** Name the new lead of an account whose lead left (a user of the setting). */
public record NameAccountLead(@TargetAggregateIdentifier OfficialAccountId accountId, String username, String name) {
}
