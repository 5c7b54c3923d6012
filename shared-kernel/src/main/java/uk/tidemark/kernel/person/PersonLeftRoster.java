package uk.tidemark.kernel.person;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.PersonId;

/** A person is no longer on the setting's list (a pupil or member of staff who left): kept, marked as left. */
@Revision("1")
public record PersonLeftRoster(RosterId rosterId, PersonId personId) {
}
