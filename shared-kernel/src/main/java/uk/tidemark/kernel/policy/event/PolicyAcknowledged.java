package uk.tidemark.kernel.policy.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.policy.PolicyId;

/** {@code username} has read and understood version {@code version} of the policy. */
@Revision("1")
public record PolicyAcknowledged(PolicyId policyId, int version, String username) implements PolicyEvent {
}
