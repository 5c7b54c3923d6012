package uk.tidemark.command.transfer;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.command.DeadlineEvents;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.transfer.TransferId;
import uk.tidemark.kernel.transfer.command.*;
import uk.tidemark.kernel.transfer.event.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static uk.tidemark.command.transfer.RecordTransferAggregate.ONLY;
import static uk.tidemark.kernel.deadline.DeadlineKind.RECORD_TRANSFER;

/**
 * Every allowed and refused transition of a record transfer (decision 0055): started within the trust or to a
 * school outside Tidemark with its deadline 5 school days from the pupil's start, the delivery, the receipt that
 * meets the deadline, and the deadline missed when nobody confirms it.
 */
class RecordTransferAggregateTest {

    static final TransferId ID = TransferId.of("transfer-1");
    static final PersonId PUPIL = PersonId.of("person-1");
    static final Map<String, Object> DSL = Map.of("actor", "dsl");
    static final List<String> CASES = List.of("incident-1", "incident-2");
    /** Monday 7 September 2026: 5 school days on is Monday 14 September (no term dates: working days). */
    static final LocalDate STARTS = LocalDate.of(2026, 9, 7);
    static final LocalDate DUE_ON = LocalDate.of(2026, 9, 14);
    static final Instant DUE = WorkingCalendar.endOf(DUE_ON);
    static final Instant NOW = Instant.parse("2026-09-07T09:00:00Z");
    /** Within the trust the receiving setting answers for the deadline; to an outside school, the sender. */
    static final DeadlineEvents RECEIVER = new DeadlineEvents(CaseType.RECORD_TRANSFER, "transfer-1", "setting-2");
    static final DeadlineEvents SENDER = new DeadlineEvents(CaseType.RECORD_TRANSFER, "transfer-1", "setting-1");
    static final String SCHOOL = "Oak Lane Primary";

    private AggregateTestFixture<RecordTransferAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RecordTransferAggregate.class);
        fixture.registerInjectableResource(WorkingCalendars.shipped());
    }

    static StartRecordTransfer within() {
        return new StartRecordTransfer(ID, "setting-1", PUPIL, " Alex Pupil ", "setting-2", null, STARTS, CASES);
    }

    static StartRecordTransfer outside() {
        return new StartRecordTransfer(ID, "setting-1", PUPIL, "Alex Pupil", null, " " + SCHOOL, STARTS, CASES);
    }

    static RecordTransferStarted startedWithin() {
        return new RecordTransferStarted(ID, "setting-1", "dsl", PUPIL, "Alex Pupil", "setting-2", null, STARTS,
                DUE_ON, CASES);
    }

    static RecordTransferStarted startedOutside() {
        return new RecordTransferStarted(ID, "setting-1", "dsl", PUPIL, "Alex Pupil", null, SCHOOL, STARTS, DUE_ON,
                CASES);
    }

    static RecordTransferDelivered delivered() {
        return new RecordTransferDelivered(ID, "Secure email to their DSL", STARTS, "bundle-1");
    }

    @Test
    void aTransferWithinTheTrustIsDueFiveSchoolDaysFromTheStartForTheReceivingSetting() {
        fixture.givenCurrentTime(NOW).when(within(), DSL).expectSuccessfulHandlerExecution()
                .expectEvents(startedWithin(), RECEIVER.set(RECORD_TRANSFER, ONLY, DUE, null));
    }

    @Test
    void aTransferToAnOutsideSchoolIsDueOnTheSendersCalendarAndIsTheSendersToAnswer() {
        fixture.givenCurrentTime(NOW).when(outside(), DSL).expectSuccessfulHandlerExecution()
                .expectEvents(startedOutside(), SENDER.set(RECORD_TRANSFER, ONLY, DUE, null));
    }

    @Test
    void aTransferNamesThePupilAndTheStartDay() {
        fixture.givenNoPriorActivity().when(new StartRecordTransfer(ID, "setting-1", PUPIL, "Alex Pupil",
                        "setting-2", null, null, CASES), DSL)
                .expectException(TransferRuleViolation.class)
                .expectExceptionMessage(TransferRule.WHOSE_AND_WHEN.sentence()).expectNoEvents();
        fixture.givenNoPriorActivity().when(new StartRecordTransfer(ID, "setting-1", null, "Alex Pupil",
                        "setting-2", null, STARTS, CASES), DSL)
                .expectExceptionMessage(TransferRule.WHOSE_AND_WHEN.sentence()).expectNoEvents();
    }

    @Test
    void aTransferGoesToOneDestination() {
        fixture.givenNoPriorActivity().when(new StartRecordTransfer(ID, "setting-1", PUPIL, "Alex Pupil",
                        "setting-2", SCHOOL, STARTS, CASES), DSL)
                .expectExceptionMessage(TransferRule.ONE_DESTINATION.sentence()).expectNoEvents();
        fixture.givenNoPriorActivity().when(new StartRecordTransfer(ID, "setting-1", PUPIL, "Alex Pupil",
                        " ", null, STARTS, CASES), DSL)
                .expectExceptionMessage(TransferRule.ONE_DESTINATION.sentence()).expectNoEvents();
    }

    @Test
    void aTransferWithinTheTrustGoesToAnotherSetting() {
        fixture.givenNoPriorActivity().when(new StartRecordTransfer(ID, "setting-1", PUPIL, "Alex Pupil",
                        "setting-1", null, STARTS, CASES), DSL)
                .expectExceptionMessage(TransferRule.ANOTHER_SETTING.sentence()).expectNoEvents();
    }

    @Test
    void aTransferSendsAtLeastOneCase() {
        fixture.givenNoPriorActivity().when(new StartRecordTransfer(ID, "setting-1", PUPIL, "Alex Pupil",
                        "setting-2", null, STARTS, List.of()), DSL)
                .expectExceptionMessage(TransferRule.SOMETHING_TO_SEND.sentence()).expectNoEvents();
    }

    @Test
    void aCommandWithoutAnActorIsRefused() {
        fixture.givenNoPriorActivity().when(within())
                .expectExceptionMessage(TransferRule.ACTOR_REQUIRED.sentence()).expectNoEvents();
        fixture.givenCurrentTime(NOW).andGiven(startedWithin(), RECEIVER.set(RECORD_TRANSFER, ONLY, DUE, null))
                .when(new ConfirmTransferReceipt(ID, null, null, null))
                .expectExceptionMessage(TransferRule.ACTOR_REQUIRED.sentence()).expectNoEvents();
    }

    @Test
    void theReceivingLeadsAcknowledgementMeetsTheDeadline() {
        fixture.givenCurrentTime(NOW).andGiven(startedWithin(), RECEIVER.set(RECORD_TRANSFER, ONLY, DUE, null))
                .when(new ConfirmTransferReceipt(ID, null, null, null), DSL)
                .expectEvents(new RecordTransferReceived(ID, null, null, STARTS),
                        RECEIVER.met(RECORD_TRANSFER, ONLY));
    }

    @Test
    void theReceiptIsConfirmedOnce() {
        fixture.givenCurrentTime(NOW).andGiven(startedWithin(), RECEIVER.set(RECORD_TRANSFER, ONLY, DUE, null),
                        new RecordTransferReceived(ID, null, null, STARTS), RECEIVER.met(RECORD_TRANSFER, ONLY))
                .when(new ConfirmTransferReceipt(ID, null, null, null), DSL)
                .expectException(TransferRuleViolation.class)
                .expectExceptionMessage(TransferRule.RECEIVED_ONCE.sentence()).expectNoEvents();
    }

    @Test
    void withinTheTrustThereIsNoDeliveryToRecord() {
        fixture.givenCurrentTime(NOW).andGiven(startedWithin(), RECEIVER.set(RECORD_TRANSFER, ONLY, DUE, null))
                .when(new RecordTransferDelivery(ID, "By hand", STARTS, null), DSL)
                .expectExceptionMessage(TransferRule.DELIVERY_ONLY_OUTSIDE.sentence()).expectNoEvents();
    }

    @Test
    void anOutsideSchoolsFileIsDeliveredOnceWithHowAndWhen() {
        fixture.givenCurrentTime(NOW).andGiven(startedOutside(), SENDER.set(RECORD_TRANSFER, ONLY, DUE, null))
                .when(new RecordTransferDelivery(ID, " Secure email to their DSL ", STARTS, "bundle-1"), DSL)
                .expectEvents(delivered());
        fixture.givenCurrentTime(NOW).andGiven(startedOutside(), SENDER.set(RECORD_TRANSFER, ONLY, DUE, null))
                .when(new RecordTransferDelivery(ID, " ", STARTS, null), DSL)
                .expectExceptionMessage(TransferRule.HOW_AND_WHEN_DELIVERED.sentence()).expectNoEvents();
        fixture.givenCurrentTime(NOW).andGiven(startedOutside(), SENDER.set(RECORD_TRANSFER, ONLY, DUE, null),
                        delivered())
                .when(new RecordTransferDelivery(ID, "By hand", STARTS, null), DSL)
                .expectExceptionMessage(TransferRule.DELIVERED_ONCE.sentence()).expectNoEvents();
    }

    @Test
    void anOutsideSchoolsConfirmationComesAfterTheDeliveryAndSaysWhoAndHow() {
        fixture.givenCurrentTime(NOW).andGiven(startedOutside(), SENDER.set(RECORD_TRANSFER, ONLY, DUE, null))
                .when(new ConfirmTransferReceipt(ID, "Sam Head", "Phone call", null), DSL)
                .expectExceptionMessage(TransferRule.DELIVERED_BEFORE_CONFIRMED.sentence()).expectNoEvents();
        fixture.givenCurrentTime(NOW).andGiven(startedOutside(), SENDER.set(RECORD_TRANSFER, ONLY, DUE, null),
                        delivered())
                .when(new ConfirmTransferReceipt(ID, "Sam Head", " ", null), DSL)
                .expectExceptionMessage(TransferRule.WHO_CONFIRMED.sentence()).expectNoEvents();
        fixture.givenCurrentTime(NOW).andGiven(startedOutside(), SENDER.set(RECORD_TRANSFER, ONLY, DUE, null),
                        delivered())
                .when(new ConfirmTransferReceipt(ID, " Sam Head ", "Phone call", STARTS.plusDays(1)), DSL)
                .expectEvents(new RecordTransferReceived(ID, "Sam Head", "Phone call", STARTS.plusDays(1)),
                        SENDER.met(RECORD_TRANSFER, ONLY));
    }

    @Test
    void aTransferNotAcknowledgedInFiveSchoolDaysIsMissed() {
        fixture.givenCurrentTime(NOW).andGivenCommands(GenericCommandMessage.asCommandMessage(within())
                        .andMetaData(DSL))
                .whenTimeAdvancesTo(DUE)
                .expectEvents(RECEIVER.missed(RECORD_TRANSFER, ONLY, DUE, null))
                .expectTriggeredDeadlines(RECEIVER.id(RECORD_TRANSFER, ONLY));
    }

    @Test
    void anAcknowledgedTransferMissesNothing() {
        fixture.givenCurrentTime(NOW).andGivenCommands(
                        GenericCommandMessage.asCommandMessage(within()).andMetaData(DSL),
                        GenericCommandMessage.asCommandMessage(new ConfirmTransferReceipt(ID, null, null, null))
                                .andMetaData(DSL))
                .whenTimeAdvancesTo(DUE)
                .expectNoEvents();
    }
}
