package uk.tidemark.kernel.officialaccount.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.officialaccount.AccountRole;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;

import java.time.LocalDate;

/**
 * Give someone access as an administrator or a moderator. {@code username} is their Tidemark user (required for an
 * administrator; a moderator may have none, then only their name); {@code dbsCheckedOn} a moderator's last DBS check.
 */
public record AddAccountPerson(@TargetAggregateIdentifier OfficialAccountId accountId, String personId,
                               String username, String name, AccountRole role, LocalDate dbsCheckedOn) {
}
