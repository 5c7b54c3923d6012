package uk.tidemark.kernel.lowlevel.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsId;
import uk.tidemark.kernel.lowlevel.ReviewOutcome;

/** The review the pattern prompted, with its outcome and notes. */
public record RecordLowLevelConcernReview(@TargetAggregateIdentifier LowLevelConcernsId recordId,
                                          ReviewOutcome outcome, String notes) {
}
