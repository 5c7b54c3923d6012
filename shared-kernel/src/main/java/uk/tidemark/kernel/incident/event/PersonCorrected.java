package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

/** A person named on the case was corrected: as they were before, as they are now, and why. */
@Revision("1")
public record PersonCorrected(IncidentId incidentId, Person before, Person after, @Personal String reason)
        implements IncidentEvent {
}
