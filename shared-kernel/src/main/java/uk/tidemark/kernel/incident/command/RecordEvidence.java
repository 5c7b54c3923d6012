package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.*;

import java.time.Instant;

/**
 * Record preserved evidence: what it is, the SHA-256 of the file, when and where it was captured, and the file itself
 * when Tidemark keeps it ({@code file}; null for a file kept elsewhere).
 */
public record RecordEvidence(@TargetAggregateIdentifier IncidentId incidentId, String evidenceId, String description,
                             String sha256, Instant capturedAt, String url, EvidenceFile file) {

    /** Evidence kept elsewhere, known by its hash. */
    public RecordEvidence(IncidentId incidentId, String evidenceId, String description, String sha256,
                          Instant capturedAt, String url) {
        this(incidentId, evidenceId, description, sha256, capturedAt, url, null);
    }
}
