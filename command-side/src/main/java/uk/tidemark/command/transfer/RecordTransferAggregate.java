package uk.tidemark.command.transfer;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import uk.tidemark.command.deadline.CaseDeadlines;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.command.versioning.VersioningConfig;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.time.DateWindow;
import uk.tidemark.kernel.transfer.TransferId;
import uk.tidemark.kernel.transfer.TransferState;
import uk.tidemark.kernel.transfer.command.*;
import uk.tidemark.kernel.transfer.event.*;

import java.time.LocalDate;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.transfer.TransferRule.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.RECORD_TRANSFER;

/**
 * A pupil's record transfer (KCSIE, decision 0055): started with a RECORD_TRANSFER deadline 5 school days after the
 * pupil's start, on the receiving setting's calendar (the sending setting's for a school outside Tidemark), met by
 * the receipt and missed when it passes. Within the trust the deadline is the receiving setting's leads' (they
 * acknowledge); to an outside school it is the sender's, who records the delivery and then the school's confirmation.
 */
@Aggregate(commandTargetResolver = VersioningConfig.TARGET_RESOLVER)
class RecordTransferAggregate {

    /** School days from the pupil's start to the receipt (KCSIE). */
    static final int SCHOOL_DAYS = 5;
    static final String ONLY = "1";

    @AggregateIdentifier
    private TransferId transferId;
    private TransferState state;
    private boolean outside;
    @AggregateMember
    private final CaseDeadlines deadlines = new CaseDeadlines(CaseType.RECORD_TRANSFER);

    RecordTransferAggregate() {
        // for Axon
    }

    @CommandHandler
    RecordTransferAggregate(StartRecordTransfer command,
                            @MetaDataValue(value = Meta.ACTOR, required = true) String actor,
                            WorkingCalendars calendars, DeadlineManager deadlineManager) {
        requireActor(actor);
        if (command.personId() == null || blank(command.personName()) || blank(command.settingId())
                || command.startDate() == null) {
            throw WHOSE_AND_WHEN.violation();
        }
        if (blank(command.toSettingId()) == blank(command.toSchool())) {
            throw ONE_DESTINATION.violation();
        }
        if (Objects.equals(command.settingId(), command.toSettingId())) {
            throw ANOTHER_SETTING.violation();
        }
        if (command.caseIds() == null || command.caseIds().isEmpty()) {
            throw SOMETHING_TO_SEND.violation();
        }
        DateWindow.require("startDate", command.startDate());
        boolean out = blank(command.toSettingId());
        String counting = out ? command.settingId() : command.toSettingId();
        LocalDate dueOn = calendars.schoolDaysAfter(counting, command.startDate(), SCHOOL_DAYS);
        apply(new RecordTransferStarted(command.transferId(), command.settingId(), actor, command.personId(),
                command.personName().strip(), out ? null : command.toSettingId(),
                out ? command.toSchool().strip() : null, command.startDate(), dueOn, command.caseIds()));
        deadlines.identify(command.transferId().value(), counting, null);
        deadlines.set(deadlineManager, RECORD_TRANSFER, ONLY, WorkingCalendar.endOf(dueOn));
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
    void handle(RecordTransferDelivery command) {
        if (!outside) {
            throw DELIVERY_ONLY_OUTSIDE.violation();
        }
        if (state != TransferState.STARTED) {
            throw DELIVERED_ONCE.violation();
        }
        if (blank(command.how()) || command.deliveredOn() == null) {
            throw HOW_AND_WHEN_DELIVERED.violation();
        }
        DateWindow.require("deliveredOn", command.deliveredOn());
        apply(new RecordTransferDelivered(transferId, command.how().strip(), command.deliveredOn(),
                blank(command.bundleId()) ? null : command.bundleId().strip()));
    }

    @CommandHandler
    void handle(ConfirmTransferReceipt command) {
        if (state == TransferState.RECEIVED) {
            throw RECEIVED_ONCE.violation();
        }
        LocalDate today = LocalDate.ofInstant(org.axonframework.eventhandling.GenericEventMessage.clock.instant(),
                WorkingCalendar.UK);
        if (!outside) {
            apply(new RecordTransferReceived(transferId, null, null, today));
        } else {
            if (state != TransferState.DELIVERED) {
                throw DELIVERED_BEFORE_CONFIRMED.violation();
            }
            if (blank(command.confirmedBy()) || blank(command.how())) {
                throw WHO_CONFIRMED.violation();
            }
            LocalDate on = command.receivedOn() == null ? today : command.receivedOn();
            DateWindow.require("receivedOn", on);
            apply(new RecordTransferReceived(transferId, command.confirmedBy().strip(), command.how().strip(), on));
        }
        deadlines.meet(RECORD_TRANSFER, ONLY);
    }

    @DeadlineHandler(deadlineName = CaseDeadlines.DEADLINE_NAME)
    void deadlineReached(String deadlineId) {
        deadlines.end(deadlineId);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @EventSourcingHandler
    void on(RecordTransferStarted event) {
        transferId = event.transferId();
        outside = event.outside();
        deadlines.identify(event.transferId().value(), event.outside() ? event.settingId() : event.toSettingId(), null);
        state = TransferState.STARTED;
    }

    @EventSourcingHandler
    void on(RecordTransferDelivered event) {
        state = TransferState.DELIVERED;
    }

    @EventSourcingHandler
    void on(RecordTransferReceived event) {
        state = TransferState.RECEIVED;
    }
}
