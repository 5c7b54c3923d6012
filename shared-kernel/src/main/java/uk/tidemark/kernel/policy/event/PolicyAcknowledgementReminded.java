package uk.tidemark.kernel.policy.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.policy.PolicyId;

import java.time.Instant;

/**
 * A member of staff asked to acknowledge a policy version had not done so a few working days before their deadline
 * (issue 18): they are reminded, in the inbox and by e-mail. Applied by the policy when its reminder fires while the
 * acknowledgement is still awaited, so it carries no actor.
 */
@Revision("1")
public record PolicyAcknowledgementReminded(PolicyId policyId, int version, String title, String username,
                                            Instant dueAt) implements PolicyEvent {
}
