package uk.tidemark.kernel.officialaccount.event;

import uk.tidemark.kernel.officialaccount.AccountPerson;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;

/** A new lead was named for an account that had none (its lead left): the handover is done. */
public record AccountLeadNamed(OfficialAccountId accountId, AccountPerson lead) implements OfficialAccountEvent {
}
