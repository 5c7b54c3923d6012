package uk.tidemark.kernel.officialaccount.event;

import uk.tidemark.kernel.officialaccount.AccountPerson;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;

import java.time.LocalDate;

/**
 * Someone was given access to the account as an administrator or a moderator; a moderator's DBS check, when known,
 * is due for renewal by {@code dbsRenewalDueBy}.
 */
public record AccountPersonAdded(OfficialAccountId accountId, AccountPerson person, LocalDate dbsRenewalDueBy)
        implements OfficialAccountEvent {
}
