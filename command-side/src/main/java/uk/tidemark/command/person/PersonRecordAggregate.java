package uk.tidemark.command.person;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.person.MergePerson;
import uk.tidemark.kernel.person.PersonMerged;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person's record across cases, as far as it is more than the cases that name them: so far, whether it was merged
 * into another record of the same person. Made by its first command (a merge); a record is merged once, never into
 * itself, and the merge says why. Which cases name whom stays in the cases; the read model joins them.
 */
@Aggregate
class PersonRecordAggregate {

    static final String INTO_ITSELF = MergePerson.INTO_ITSELF;
    static final String ALREADY_MERGED = MergePerson.ALREADY_MERGED;
    static final String NEEDS_A_REASON = "Say why these are the same person.";
    static final String NEEDS_AN_ACTOR = "This cannot be recorded without knowing who is making the change; sign in "
            + "and try again.";

    @AggregateIdentifier
    private PersonId personId;
    private PersonId mergedInto;

    PersonRecordAggregate() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MergePerson command, @MetaDataValue(Meta.ACTOR) String actor) {
        if (actor == null || actor.isBlank()) {
            throw new RefusedCommandException(NEEDS_AN_ACTOR);
        }
        if (command.intoPersonId() == null || command.intoPersonId().equals(command.personId())) {
            throw new RefusedCommandException(INTO_ITSELF);
        }
        if (mergedInto != null) {
            throw new RefusedCommandException(ALREADY_MERGED);
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new RefusedCommandException(NEEDS_A_REASON);
        }
        apply(new PersonMerged(command.personId(), command.intoPersonId(), command.reason().strip()));
    }

    @EventSourcingHandler
    void on(PersonMerged event) {
        personId = event.personId();
        mergedInto = event.intoPersonId();
    }
}
