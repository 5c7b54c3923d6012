package uk.tidemark.kernel.lowlevel.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsId;

import java.time.LocalDate;

/**
 * The pattern was reached ({@code concerns} within the window since the last review): a review is due by
 * {@code reviewBy}, owned by {@code reviewOwner} (null for none in particular: the setting's headteachers answer).
 */
@Revision("1")
public record LowLevelConcernReviewPrompted(LowLevelConcernsId id, int concerns, LocalDate reviewBy,
                                            String reviewOwner)
        implements LowLevelConcernsEvent {
}
