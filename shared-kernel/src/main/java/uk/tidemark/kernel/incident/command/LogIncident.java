package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.*;

import java.time.Instant;
import java.util.List;

/**
 * Log a new incident. The reporter is the signed-in user (metadata), never a field. {@code trustCategory}: one of the
 * trust's own categories under {@code category}, or null (decision 0041).
 */
public record LogIncident(@TargetAggregateIdentifier IncidentId incidentId, String settingId, Category category, Platform platform,
                          Instant occurredAt, String summary, List<String> links, List<Person> people,
                          boolean immediateRisk, TrustCategory trustCategory) implements NamesCategory {

    /** An incident logged under a built-in category only. */
    public LogIncident(IncidentId incidentId, String settingId, Category category, Platform platform,
                       Instant occurredAt, String summary, List<String> links, List<Person> people,
                       boolean immediateRisk) {
        this(incidentId, settingId, category, platform, occurredAt, summary, links, people, immediateRisk, null);
    }
}
