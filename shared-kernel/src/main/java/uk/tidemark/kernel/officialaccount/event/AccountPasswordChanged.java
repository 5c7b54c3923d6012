package uk.tidemark.kernel.officialaccount.event;

import uk.tidemark.kernel.officialaccount.OfficialAccountId;

import java.time.LocalDate;

/** The account's password was changed on {@code changedOn}: the password changes awaited are done. */
public record AccountPasswordChanged(OfficialAccountId accountId, LocalDate changedOn) implements OfficialAccountEvent {
}
