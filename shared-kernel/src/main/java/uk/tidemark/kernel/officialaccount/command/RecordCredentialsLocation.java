package uk.tidemark.kernel.officialaccount.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;

/** Say where the credentials are kept (never the credentials themselves). */
public record RecordCredentialsLocation(@TargetAggregateIdentifier OfficialAccountId accountId,
                                        String credentialsKeptAt) {
}
