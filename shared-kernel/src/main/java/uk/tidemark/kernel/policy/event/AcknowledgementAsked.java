package uk.tidemark.kernel.policy.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.policy.PolicyId;

import java.time.LocalDate;
import java.util.List;

/** People not asked at publication (who joined since) were asked to acknowledge the version in force. */
@Revision("1")
public record AcknowledgementAsked(PolicyId policyId, int version, List<String> askedOf, LocalDate acknowledgeBy)
        implements PolicyEvent {
}
