package uk.tidemark.kernel.policy.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.policy.PolicyId;

/** Withdraw the policy: nobody is asked to acknowledge it any more. */
public record RetirePolicy(@TargetAggregateIdentifier PolicyId policyId, String reason) {
}
