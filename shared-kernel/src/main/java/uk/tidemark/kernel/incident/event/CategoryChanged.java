package uk.tidemark.kernel.incident.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

import java.util.List;

/** The kind of concern the case is was changed: from what, to what, the other kinds it is before and after, and why. */
@Revision("1")
public record CategoryChanged(IncidentId incidentId, Category from, Category to, List<Category> secondaryFrom,
                              List<Category> secondaryTo, String reason) implements IncidentEvent {
}
