package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

import java.time.LocalDate;

/** A warning was given to a person named on the case. */
@Revision("1")
public record WarningIssued(IncidentId incidentId, WarningId warningId, PersonId personId, WarningKind kind,
                            WarningChannel channel, @Personal String text,
                            LocalDate responseDueBy) implements IncidentEvent {
}
