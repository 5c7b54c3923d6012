package uk.tidemark.command.policy;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.versioning.VersioningConfig;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.policy.TrainingId;
import uk.tidemark.kernel.policy.command.RecordTraining;
import uk.tidemark.kernel.policy.command.RemoveTrainingRecord;
import uk.tidemark.kernel.policy.event.TrainingRecorded;
import uk.tidemark.kernel.policy.event.TrainingRecordRemoved;
import uk.tidemark.kernel.time.DateWindow;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.policy.PolicyRule.*;

/**
 * One training record of one member of staff: a course, the day it was completed and the day it expires. Whether
 * it is in date is read from the expiry on the day asked, so no deadline is kept for it.
 */
@Aggregate(commandTargetResolver = VersioningConfig.TARGET_RESOLVER)
class TrainingRecordAggregate {

    @AggregateIdentifier
    private TrainingId trainingId;
    private boolean removed;

    TrainingRecordAggregate() {
        // for Axon
    }

    @CommandHandler
    TrainingRecordAggregate(RecordTraining command, @MetaDataValue(value = Meta.ACTOR, required = true) String actor) {
        requireActor(actor);
        DateWindow.require("completedOn", command.completedOn());
        DateWindow.require("expiresOn", command.expiresOn());
        LocalDate today = LocalDate.ofInstant(GenericEventMessage.clock.instant(), WorkingCalendar.UK);
        if (command.completedOn() == null || command.completedOn().isAfter(today)) {
            throw COMPLETED_NOT_IN_THE_FUTURE.dateRefusal("completedOn");
        }
        if (command.expiresOn() != null && !command.expiresOn().isAfter(command.completedOn())) {
            throw EXPIRES_AFTER_COMPLETION.dateRefusal("expiresOn");
        }
        apply(new TrainingRecorded(command.trainingId(), command.settingId(), command.person(), command.course(),
                command.completedOn(), command.expiresOn(), actor));
    }

    @CommandHandlerInterceptor
    void requireActor(CommandMessage<?> command) {
        requireActor(command.getMetaData().get(Meta.ACTOR));
    }

    private static void requireActor(Object actor) {
        if (!(actor instanceof String name) || name.isBlank()) {
            throw ACTOR_REQUIRED.violation();
        }
    }

    @CommandHandler
    void handle(RemoveTrainingRecord command) {
        if (removed) {
            throw REMOVED_ONCE.violation();
        }
        apply(new TrainingRecordRemoved(trainingId, command.reason()));
    }

    @EventSourcingHandler
    void on(TrainingRecorded event) {
        trainingId = event.trainingId();
    }

    @EventSourcingHandler
    void on(TrainingRecordRemoved event) {
        removed = true;
    }
}
