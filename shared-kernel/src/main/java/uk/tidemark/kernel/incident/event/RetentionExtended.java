package uk.tidemark.kernel.incident.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.Personal;
import uk.tidemark.kernel.incident.*;

/** At its retention review the case was kept longer, until {@code until}, for the reason given. */
@Revision("1")
public record RetentionExtended(IncidentId incidentId, java.time.LocalDate until,
                                @Personal String reason) implements IncidentEvent {
}
