package uk.tidemark.kernel.officialaccount.event;

import uk.tidemark.kernel.officialaccount.OfficialAccountId;

import java.time.LocalDate;

/** A moderator's DBS check was recorded; the next renewal is due by {@code renewalDueBy}. */
public record ModeratorDbsChecked(OfficialAccountId accountId, String personId, LocalDate checkedOn,
                                  LocalDate renewalDueBy) implements OfficialAccountEvent {
}
