package uk.tidemark.kernel.policy.event;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.policy.PolicyId;
import uk.tidemark.kernel.register.RegisterRecordStarted;

import java.time.LocalDate;
import java.util.List;

/**
 * The first version of a policy was published in a setting. {@code roles} are the roles that must acknowledge it
 * (names of the application's roles), {@code askedOf} the usernames that held them at publication, each of whom
 * must acknowledge it by the end of {@code acknowledgeBy}; {@code publishedBy} is the actor.
 */
@Revision("1")
public record PolicyPublished(PolicyId policyId, String settingId, int version, String title, String text,
                              LocalDate effectiveFrom, List<String> roles, List<String> askedOf,
                              LocalDate acknowledgeBy, String publishedBy)
        implements PolicyEvent, RegisterRecordStarted {

    @Override
    public String startedBy() {
        return publishedBy;
    }
}
