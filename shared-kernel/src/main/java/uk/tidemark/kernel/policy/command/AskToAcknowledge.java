package uk.tidemark.kernel.policy.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.policy.PolicyId;

import java.util.List;

/** Ask people not yet asked (who joined since publication) to acknowledge the version in force. */
public record AskToAcknowledge(@TargetAggregateIdentifier PolicyId policyId, List<String> askedOf) {
}
