package uk.tidemark.kernel.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.PersonId;

/**
 * Join two records of one person (the same pupil named on two reports as two people): {@code personId}'s record is
 * merged into {@code intoPersonId}'s, which from then on holds every case of both; why, for the audit trail.
 */
public record MergePerson(@TargetAggregateIdentifier PersonId personId, PersonId intoPersonId, String reason) {
}
