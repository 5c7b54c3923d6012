package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

import java.time.Instant;

/**
 * What the report said was amended, and why: each field's value before and after, both null for a field left as it
 * was.
 */
@Revision("1")
public record ReportAmended(IncidentId incidentId, @Personal String summaryFrom, @Personal String summaryTo,
                            Instant occurredAtFrom,
                            Instant occurredAtTo, Platform platformFrom, Platform platformTo, @Personal String reason)
        implements IncidentEvent {
}
