package uk.tidemark.kernel.officialaccount.event;

import uk.tidemark.kernel.Personal;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;

/** The headteacher refused the account, with the reason given to the requester. */
public record OfficialAccountRefused(OfficialAccountId accountId, String refusedBy, @Personal String reason)
        implements OfficialAccountEvent {
}
