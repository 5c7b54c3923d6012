package uk.tidemark.kernel.incident.event;

import uk.tidemark.kernel.Personal;
import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.*;

import java.time.Instant;

/**
 * Evidence was preserved: a file Tidemark keeps ({@code file} says which; revision 2), or a file kept elsewhere, known
 * by its SHA-256 ({@code file} null, as in every revision 1 event).
 */
@Revision("2")
public record EvidenceRecorded(IncidentId incidentId, String evidenceId, @Personal String description, String sha256,
                               Instant capturedAt, @Personal String url, EvidenceFile file) implements IncidentEvent {

    /** Evidence kept elsewhere, known by its hash. */
    public EvidenceRecorded(IncidentId incidentId, String evidenceId, String description, String sha256,
                            Instant capturedAt, String url) {
        this(incidentId, evidenceId, description, sha256, capturedAt, url, null);
    }
}
