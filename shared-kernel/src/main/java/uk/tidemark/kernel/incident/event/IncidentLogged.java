package uk.tidemark.kernel.incident.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

import java.time.Instant;
import java.util.List;

/** An incident was logged. {@code reportedBy} is copied from the command's actor metadata by the aggregate. */
@Revision("1")
public record IncidentLogged(IncidentId incidentId, String settingId, Category category, Platform platform,
                             Instant occurredAt, String summary, List<String> links, List<Person> people,
                             boolean immediateRisk, String reportedBy) implements IncidentEvent {
}
