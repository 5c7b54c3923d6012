package uk.tidemark.kernel.lowlevel.event;

import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsId;
import uk.tidemark.kernel.register.RegisterEvent;

/** An event of a member of staff's low-level concerns record (decision 0050). */
public interface LowLevelConcernsEvent extends RegisterEvent {

    LowLevelConcernsId id();

    @Override
    default CaseType recordType() {
        return CaseType.LOW_LEVEL_CONCERN;
    }

    @Override
    default String recordId() {
        return id().value();
    }
}
