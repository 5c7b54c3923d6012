package uk.tidemark.kernel.person;

import org.axonframework.serialization.Revision;
import uk.tidemark.kernel.incident.PersonId;

/** A person's record was merged into another's (the survivor), and why. */
@Revision("1")
public record PersonMerged(PersonId personId, PersonId intoPersonId, String reason) {
}
