package uk.tidemark.kernel.policy.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.policy.PolicyId;

/** The signed-in user (the actor) has read and understood version {@code version}, the one they were shown. */
public record AcknowledgePolicy(@TargetAggregateIdentifier PolicyId policyId, int version) {
}
