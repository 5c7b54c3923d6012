package uk.tidemark.kernel.officialaccount.event;

import uk.tidemark.kernel.Personal;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;

import java.time.LocalDate;

/**
 * Someone lost their access to the account: removed from it, or ({@code userDisabled}) their Tidemark user was
 * disabled by an administrator. The password must be changed by {@code passwordChangeDueBy}; when the lead left, a
 * new lead must be named by {@code handoverDueBy} (null otherwise). {@code answerable} is who those deadlines fall to.
 */
public record AccountPersonRemoved(OfficialAccountId accountId, String personId, @Personal String reason,
                                   boolean userDisabled,
                                   LocalDate passwordChangeDueBy, LocalDate handoverDueBy, String answerable)
        implements OfficialAccountEvent {
}
