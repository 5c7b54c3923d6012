package uk.tidemark.kernel.officialaccount.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;

/**
 * The Tidemark user {@code username} was disabled by an administrator: whatever access they had to the account ends
 * (sent by the application, once the disabling is stored; sending it again changes nothing).
 */
public record RecordAccessLost(@TargetAggregateIdentifier OfficialAccountId accountId, String username,
                               String headteacher) {
}
