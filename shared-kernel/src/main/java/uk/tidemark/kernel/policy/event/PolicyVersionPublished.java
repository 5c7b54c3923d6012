package uk.tidemark.kernel.policy.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.policy.PolicyId;

import java.time.LocalDate;
import java.util.List;

/**
 * A new version of a policy replaced the one in force: everyone in {@code askedOf} is asked again, by the end of
 * {@code acknowledgeBy}; acknowledgements of the earlier version do not count for it.
 */
@Revision("1")
public record PolicyVersionPublished(PolicyId policyId, int version, String title, String text,
                                     LocalDate effectiveFrom, List<String> roles, List<String> askedOf,
                                     LocalDate acknowledgeBy, String publishedBy) implements PolicyEvent {
}
