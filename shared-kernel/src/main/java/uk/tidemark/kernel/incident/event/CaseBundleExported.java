package uk.tidemark.kernel.incident.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.Personal;
import uk.tidemark.kernel.incident.IncidentId;

/**
 * A verifiable copy of the case was exported for {@code recipient} (decision 0054): {@code sha256} is of the bundle's
 * bytes, {@code manifestSha256} of its signed manifest, which the verifier looks for in the audit trail.
 */
@Revision("1")
public record CaseBundleExported(IncidentId incidentId, String bundleId, @Personal String recipient,
                                 boolean redactThirdParties, String sha256, String manifestSha256)
        implements IncidentEvent {
}
