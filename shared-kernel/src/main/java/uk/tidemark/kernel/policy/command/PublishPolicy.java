package uk.tidemark.kernel.policy.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.policy.PolicyId;

import java.time.LocalDate;
import java.util.List;

/**
 * Publish the first version of a policy in a setting, asking {@code askedOf} (the enabled accounts holding
 * {@code roles} in the setting, resolved by the application at publication) to acknowledge it.
 */
public record PublishPolicy(@TargetAggregateIdentifier PolicyId policyId, String settingId, String title, String text,
                            LocalDate effectiveFrom, List<String> roles, List<String> askedOf) {
}
