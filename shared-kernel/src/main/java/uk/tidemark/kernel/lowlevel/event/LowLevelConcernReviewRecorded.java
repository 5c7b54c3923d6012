package uk.tidemark.kernel.lowlevel.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsId;
import uk.tidemark.kernel.lowlevel.ReviewOutcome;

/** The review was recorded: its outcome and notes. */
@Revision("1")
public record LowLevelConcernReviewRecorded(LowLevelConcernsId id, ReviewOutcome outcome, @Personal String notes)
        implements LowLevelConcernsEvent {
}
