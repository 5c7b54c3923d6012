package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.*;

import java.time.Instant;
import java.util.List;

/** Log a new incident. The reporter is the signed-in user (metadata), never a field. */
public record LogIncident(@TargetAggregateIdentifier IncidentId incidentId, String settingId, Category category, Platform platform,
                          Instant occurredAt, String summary, List<String> links, List<Person> people,
                          boolean immediateRisk) {
}
