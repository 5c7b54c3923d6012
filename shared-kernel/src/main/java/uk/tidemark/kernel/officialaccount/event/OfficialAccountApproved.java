package uk.tidemark.kernel.officialaccount.event;

import uk.tidemark.kernel.Personal;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;

import java.time.LocalDate;

/** The headteacher approved the account: it is in use, and its first yearly review is due by {@code reviewDueBy}. */
public record OfficialAccountApproved(OfficialAccountId accountId, String approvedBy, @Personal String note,
                                      LocalDate reviewDueBy) implements OfficialAccountEvent {
}
