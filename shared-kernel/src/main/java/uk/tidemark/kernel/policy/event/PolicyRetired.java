package uk.tidemark.kernel.policy.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.policy.PolicyId;

/** The policy was withdrawn; acknowledgements still pending are no longer asked for. */
@Revision("1")
public record PolicyRetired(PolicyId policyId, String reason) implements PolicyEvent {
}
