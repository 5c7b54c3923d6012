package uk.tidemark.kernel.person;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.PersonRole;

/** A person is on the setting's roster: new to it, or back after being marked as left. */
@Revision("1")
public record PersonJoinedRoster(RosterId rosterId, PersonId personId, String misId, String name, PersonRole role,
                                 String group) {
}
