package uk.tidemark.kernel.incident.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.IncidentId;

/**
 * Record that a verifiable copy of the case (a bundle: a PDF, the machine-readable case, its files and a signed
 * manifest) was exported for a recipient outside the school (decision 0054). The hashes are of the bundle's bytes and
 * of its manifest, so that the audit trail names exactly what left.
 */
public record ExportCaseBundle(@TargetAggregateIdentifier IncidentId incidentId, String bundleId, String recipient,
                               boolean redactThirdParties, String sha256, String manifestSha256) {
}
