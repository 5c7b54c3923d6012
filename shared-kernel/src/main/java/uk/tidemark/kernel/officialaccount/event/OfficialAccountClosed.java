package uk.tidemark.kernel.officialaccount.event;

import uk.tidemark.kernel.Personal;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;

/** The account was closed (deleted or handed back on the platform), with why. */
public record OfficialAccountClosed(OfficialAccountId accountId,
                                    @Personal String reason) implements OfficialAccountEvent {
}
