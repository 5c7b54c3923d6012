package uk.tidemark.command.referral;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.complaint.command.ReceiveComplaint;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.disciplinary.command.OpenDisciplinaryCase;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.event.ComplaintReferralMade;
import uk.tidemark.kernel.incident.event.DisciplinaryReferralMade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The referral policy through Axon's annotated-handler adapter (so the handler lookup, the actor parameter and
 * the replay guard are Axon's own) onto a recording command bus.
 */
class ReferralPolicyTest {

    private static final IncidentId INCIDENT = IncidentId.of("incident-1");
    private static final DisciplinaryCaseId HR_CASE = DisciplinaryCaseId.of("disciplinary-1");
    private static final ComplaintId COMPLAINT = ComplaintId.of("complaint-1");
    private static final PersonId STAFF = PersonId.of("person-staff");

    private static final DisciplinaryReferralMade TO_HR = new DisciplinaryReferralMade(INCIDENT, HR_CASE, "setting-1",
            STAFF, "Sam Staff", true, true, "Messaged a pupil on a personal account");
    private static final ComplaintReferralMade TO_COMPLAINTS = new ComplaintReferralMade(INCIDENT, COMPLAINT,
            "setting-1", ComplaintChannel.SOCIAL_MEDIA, "Parent D", "Unhappy with the school's reply");

    private RecordingCommandBus bus;
    private EventStore events;
    private AnnotationEventHandlerAdapter policy;

    @BeforeEach
    void setUp() {
        bus = new RecordingCommandBus();
        events = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        policy = new AnnotationEventHandlerAdapter(
                new ReferralPolicy(DefaultCommandGateway.builder().commandBus(bus).build(), events));
    }

    private static EventMessage<?> byDsl(Object event) {
        return GenericEventMessage.asEventMessage(event).withMetaData(MetaData.with(Meta.ACTOR, "dsl"));
    }

    @Test
    void aReferralToHrOpensTheLinkedDisciplinaryCaseAsTheDslWhoReferred() throws Exception {
        policy.handle(byDsl(TO_HR));

        assertThat(bus.getDispatchedCommands()).hasSize(1);
        CommandMessage<?> sent = bus.getDispatchedCommands().get(0);
        assertThat(sent.getPayload()).isEqualTo(new OpenDisciplinaryCase(HR_CASE, "setting-1", "Sam Staff", STAFF,
                true, true, "Messaged a pupil on a personal account", INCIDENT));
        assertThat(sent.getMetaData()).containsEntry(Meta.ACTOR, "dsl");
    }

    @Test
    void aRedirectionReceivesTheLinkedComplaintAsTheDslWhoRedirected() throws Exception {
        policy.handle(byDsl(TO_COMPLAINTS));

        assertThat(bus.getDispatchedCommands()).hasSize(1);
        CommandMessage<?> sent = bus.getDispatchedCommands().get(0);
        assertThat(sent.getPayload()).isEqualTo(new ReceiveComplaint(COMPLAINT, "setting-1",
                ComplaintChannel.SOCIAL_MEDIA, "Parent D", "Unhappy with the school's reply", INCIDENT));
        assertThat(sent.getMetaData()).containsEntry(Meta.ACTOR, "dsl");
    }

    @Test
    void aRedeliveredReferralWhoseCaseAlreadyExistsIsDone() throws Exception {
        bus.setCallbackBehavior((command, metaData) -> {
            throw new AggregateStreamCreationException("Cannot reuse aggregate identifier [disciplinary-1]");
        });
        policy.handle(byDsl(TO_HR)); // no exception: the processor moves on
        assertThat(bus.getDispatchedCommands()).hasSize(1);
    }

    /** The usual redelivery: the case is in the event store, so nothing is sent (which would fail the batch). */
    @Test
    void aRedeliveredReferralWhoseCaseIsStoredSendsNothing() throws Exception {
        events.publish(new GenericDomainEventMessage<>("DisciplinaryCaseAggregate", HR_CASE.value(), 0,
                "opened"));
        policy.handle(byDsl(TO_HR));
        assertThat(bus.getDispatchedCommands()).isEmpty();
        policy.handle(byDsl(TO_COMPLAINTS));
        assertThat(bus.getDispatchedCommands()).hasSize(1);
    }

    @Test
    void aRefusedReferralIsNotRetried() throws Exception {
        bus.setCallbackBehavior((command, metaData) -> {
            throw new RefusedCommandException("Sign in and try again.");
        });
        policy.handle(byDsl(TO_COMPLAINTS));
        assertThat(bus.getDispatchedCommands()).hasSize(1);
    }

    @Test
    void anyOtherFailureReachesTheProcessorSoTheReferralIsRetried() {
        bus.setCallbackBehavior((command, metaData) -> {
            throw new EventStoreException("The event store is unavailable");
        });
        assertThatThrownBy(() -> policy.handle(byDsl(TO_HR))).isInstanceOf(EventStoreException.class);
    }

    @Test
    void aReplayOpensNothing() throws Exception {
        var replayed = new GenericTrackedEventMessage<>(
                ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(10), new GlobalSequenceTrackingToken(1)),
                byDsl(TO_HR));
        policy.handle(replayed);

        assertThat(bus.getDispatchedCommands()).isEmpty();
        assertThat(policy.supportsReset()).isFalse();
    }

    @Test
    void thePolicyHasAProcessingGroupOfItsOwn() {
        assertThat(ReferralPolicy.class.getAnnotation(org.axonframework.config.ProcessingGroup.class).value())
                .isEqualTo("referrals");
    }
}
