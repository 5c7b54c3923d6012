package uk.tidemark.kernel.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.tidemark.kernel.incident.PersonId;

/**
 * Join two records of one person (the same pupil named on two reports as two people): {@code personId}'s record is
 * merged into {@code intoPersonId}'s, which from then on holds every case of both; why, for the audit trail.
 */
public record MergePerson(@TargetAggregateIdentifier PersonId personId, PersonId intoPersonId, String reason) {

    /** The refusals the command side gives, which the API also gives before sending (one wording for both). */
    public static final String INTO_ITSELF = "A record cannot be merged into itself: choose the other record of this "
            + "person.";
    public static final String ALREADY_MERGED = "This record was already merged into another; merge into that one "
            + "instead.";
}
