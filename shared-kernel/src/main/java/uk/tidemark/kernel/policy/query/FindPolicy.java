package uk.tidemark.kernel.policy.query;

import uk.tidemark.kernel.policy.PolicyId;

/** What is this policy, and who has acknowledged it? Answers an {@code Optional<PolicyView>}, empty when unknown. */
public record FindPolicy(PolicyId policyId) {
}
