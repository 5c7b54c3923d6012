package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

import java.time.Instant;
import java.util.List;

/**
 * An incident was logged. {@code reportedBy} is copied from the command's actor metadata by the aggregate.
 * {@code reference} is the case's short reference ({@code RP-26-0042}), allocated by the aggregate as it is logged
 * (decision 0038); null in events stored before references existed, whose case is given one by
 * {@link IncidentReferenceAssigned}. Added to revision 1 without an upcaster: a missing field reads as null, which is
 * what it means. {@code trustCategory}, likewise added: the trust's own category the report was made under, with its
 * name as it was then (decision 0041); null for none.
 */
@Revision("1")
public record IncidentLogged(IncidentId incidentId, String settingId, Category category, Platform platform,
                             Instant occurredAt, @Personal String summary, @Personal List<String> links,
                             List<Person> people,
                             boolean immediateRisk, String reportedBy, String reference,
                             TrustCategory trustCategory) implements IncidentEvent {

    /** An incident logged under a built-in category only. */
    public IncidentLogged(IncidentId incidentId, String settingId, Category category, Platform platform,
                          Instant occurredAt, String summary, List<String> links, List<Person> people,
                          boolean immediateRisk, String reportedBy, String reference) {
        this(incidentId, settingId, category, platform, occurredAt, summary, links, people, immediateRisk,
                reportedBy, reference, null);
    }

    /** An incident logged without a reference, as before decision 0038. */
    public IncidentLogged(IncidentId incidentId, String settingId, Category category, Platform platform,
                          Instant occurredAt, String summary, List<String> links, List<Person> people,
                          boolean immediateRisk, String reportedBy) {
        this(incidentId, settingId, category, platform, occurredAt, summary, links, people, immediateRisk,
                reportedBy, null);
    }
}
