package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.*;

import java.time.Instant;
import java.util.List;

/**
 * Open a case from a case bundle another Tidemark installation exported (decision 0057), in {@code settingId}: the
 * case as the bundle describes it (category, platform, when it happened, the report, the people) and, in
 * {@code received}, where it came from and its chronology there. The importer (metadata) is its reporter here; like
 * a newly logged case, it waits for this setting's first response.
 */
public record ImportIncident(@TargetAggregateIdentifier IncidentId incidentId, String settingId, Category category,
                             Platform platform, Instant occurredAt, String summary, List<Person> people,
                             ReceivedRecord received) {
}
