package uk.tidemark.kernel.lowlevel.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsId;

import java.time.LocalDate;

/** A concern counted on the record: the incident, its reference and category, the day, a few words. */
@Revision("1")
public record LowLevelConcernRecorded(LowLevelConcernsId id, String incidentId, String reference, Category category,
                                      LocalDate on, @Personal String summary) implements LowLevelConcernsEvent {
}
