package uk.tidemark.kernel.lowlevel.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsId;

/** A concern no longer counts: its incident was triaged again onto another route. */
@Revision("1")
public record LowLevelConcernWithdrawn(LowLevelConcernsId id, String incidentId) implements LowLevelConcernsEvent {
}
