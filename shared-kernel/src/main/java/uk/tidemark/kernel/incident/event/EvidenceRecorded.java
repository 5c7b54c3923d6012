package uk.tidemark.kernel.incident.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

import java.time.Instant;

/** Evidence was preserved. */
@Revision("1")
public record EvidenceRecorded(IncidentId incidentId, String evidenceId, String description, String sha256,
                               Instant capturedAt, String url) implements IncidentEvent {
}
