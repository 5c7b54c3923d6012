package uk.tidemark.kernel.person;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.PersonRole;

/** The MIS now lists a person on the roster with another name, role or year or class: as it lists them now. */
@Revision("1")
public record RosterPersonChanged(RosterId rosterId, PersonId personId, String name, PersonRole role, String group) {
}
