package uk.tidemark.kernel.lowlevel.query;

import uk.tidemark.kernel.lowlevel.LowLevelConcernsId;

/** One record, as {@link LowLevelConcernsView}. */
public record FindLowLevelConcernsRecord(LowLevelConcernsId id) {
}
