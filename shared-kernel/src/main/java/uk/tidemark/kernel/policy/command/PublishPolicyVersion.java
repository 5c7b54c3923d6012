package uk.tidemark.kernel.policy.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.policy.PolicyId;

import java.time.LocalDate;
import java.util.List;

/** Publish a new version of the policy: everyone in {@code askedOf} is asked again. */
public record PublishPolicyVersion(@TargetAggregateIdentifier PolicyId policyId, String title, String text,
                                   LocalDate effectiveFrom, List<String> roles, List<String> askedOf) {
}
