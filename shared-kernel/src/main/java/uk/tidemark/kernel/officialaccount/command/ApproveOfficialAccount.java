package uk.tidemark.kernel.officialaccount.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;

/** The headteacher approves the account asked for (never the requester). */
public record ApproveOfficialAccount(@TargetAggregateIdentifier OfficialAccountId accountId, String note) {
}
