package uk.tidemark.kernel.officialaccount.event;

import uk.tidemark.kernel.officialaccount.OfficialAccountId;

import java.time.LocalDate;

/** The yearly review was done, with what it found; the next is due by {@code nextReviewDueBy}. */
public record OfficialAccountReviewed(OfficialAccountId accountId, String findings, LocalDate nextReviewDueBy)
        implements OfficialAccountEvent {
}
