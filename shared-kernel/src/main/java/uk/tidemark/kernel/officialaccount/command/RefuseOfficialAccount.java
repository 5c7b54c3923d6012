package uk.tidemark.kernel.officialaccount.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;

/** The headteacher refuses the account asked for, saying why (never the requester). */
public record RefuseOfficialAccount(@TargetAggregateIdentifier OfficialAccountId accountId, String reason) {
}
