package uk.tidemark.app.wiring;

import java.time.ZoneOffset;
import java.time.Clock;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.complaint.command.AcknowledgeComplaint;
import uk.tidemark.kernel.complaint.command.ReceiveComplaint;
import uk.tidemark.kernel.complaint.event.ComplaintAcknowledged;
import uk.tidemark.kernel.complaint.event.ComplaintReceived;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.kernel.deadline.event.DeadlineMet;
import uk.tidemark.kernel.deadline.event.DeadlineSet;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.disciplinary.command.AppointInvestigator;
import uk.tidemark.kernel.disciplinary.command.DecideOutcome;
import uk.tidemark.kernel.disciplinary.command.InviteToHearing;
import uk.tidemark.kernel.disciplinary.command.OpenDisciplinaryCase;
import uk.tidemark.kernel.disciplinary.command.RecordHearingHeld;
import uk.tidemark.kernel.disciplinary.command.RecordInvestigationFindings;
import uk.tidemark.kernel.disciplinary.event.DisciplinaryCaseOpened;
import uk.tidemark.kernel.disciplinary.event.HearingHeld;
import uk.tidemark.kernel.disciplinary.event.InvestigationFindingsRecorded;
import uk.tidemark.kernel.disciplinary.event.InvestigatorAppointed;
import uk.tidemark.kernel.disciplinary.event.InvitedToHearing;
import uk.tidemark.kernel.disciplinary.event.OutcomeDecided;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disciplinary case and the complaint run inside the application, not only in their fixtures: the working
 * calendar, their policies and Axon's deadline manager reach their handlers, and their events go through the
 * real (Jackson) serializer and event store and come back intact, their deadline events (decision 0010) among
 * them.
 */
@SpringBootTest(properties = {"tidemark.embedded-mongo.in-memory=true", "tidemark.security.totp.required-roles=",
        "tidemark.data-dir=target/test-data/case-wiring-${random.uuid}"})
class CaseWiringTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore events;
    @Autowired
    WorkingCalendar calendar;

    @Test
    void aCaseRunsToAFinalWrittenWarningThroughTheApplication() {
        DisciplinaryCaseId id = DisciplinaryCaseId.random();
        send(new OpenDisciplinaryCase(id, "school-1", "A. Teacher", null, true, true,
                "Messaged a pupil privately on Instagram", null));
        send(new AppointInvestigator(id, "Deputy head"));
        send(new RecordInvestigationFindings(id, "The messages were sent and were inappropriate."));
        LocalDate hearing = calendar.workingDaysAfter(LocalDate.now(WorkingCalendar.UK), 10);
        send(new InviteToHearing(id, hearing, true));
        // a hearing is recorded as held on its date (decision 0027): the aggregates read Axon's event clock
        GenericEventMessage.clock = Clock.fixed(hearing.atTime(10, 0).atZone(WorkingCalendar.UK).toInstant(), ZoneOffset.UTC);
        try {
            send(new RecordHearingHeld(id, "Union representative"));
        } finally {
            GenericEventMessage.clock = Clock.systemUTC();
        }
        send(new DecideOutcome(id, DisciplinaryOutcome.FINAL_WRITTEN_WARNING, "Serious breach of the code of conduct"));

        List<? extends DomainEventMessage<?>> stored = events.readEvents(id.toString()).asStream().toList();
        assertThat(stored).extracting(e -> (Object) e.getPayloadType()).containsExactly(
                DisciplinaryCaseOpened.class, InvestigatorAppointed.class, InvestigationFindingsRecorded.class,
                InvitedToHearing.class, DeadlineSet.class,
                HearingHeld.class, DeadlineMet.class,
                OutcomeDecided.class, DeadlineSet.class, DeadlineSet.class);
        assertThat(deadlineKinds(stored)).as("the hearing is held by its date; an appeal window and a warning run")
                .containsExactly(DeadlineKind.HEARING_NOTICE, DeadlineKind.HEARING_NOTICE,
                        DeadlineKind.APPEAL_WINDOW, DeadlineKind.WARNING_EXPIRY);
        assertThat(stored.get(0).getPayload()).isInstanceOfSatisfying(DisciplinaryCaseOpened.class, opened -> {
            assertThat(opened.isTeacher()).as("a boolean named isTeacher survives Jackson").isTrue();
            assertThat(opened.concernsHarmToChildren()).isTrue();
        });
        assertThat(stored).allSatisfy(e -> assertThat(e.getMetaData().get(Meta.ACTOR)).isEqualTo("hr"));
    }

    @Test
    void aComplaintIsReceivedWithItsAcknowledgementDateFromTheApplicationsCalendar() {
        ComplaintId id = ComplaintId.random();
        send(new ReceiveComplaint(id, "school-1", ComplaintChannel.SOCIAL_MEDIA, "A parent",
                "Complained on Facebook about how a bullying report was handled", null));
        send(new AcknowledgeComplaint(id));

        List<? extends DomainEventMessage<?>> stored = events.readEvents(id.toString()).asStream().toList();
        assertThat(stored).extracting(e -> (Object) e.getPayloadType()).containsExactly(
                ComplaintReceived.class, DeadlineSet.class, ComplaintAcknowledged.class, DeadlineMet.class);
        assertThat(deadlineKinds(stored)).containsOnly(DeadlineKind.COMPLAINT_ACKNOWLEDGEMENT);
        ComplaintReceived received = (ComplaintReceived) stored.get(0).getPayload();
        LocalDate receivedOn = LocalDate.ofInstant(stored.get(0).getTimestamp(), WorkingCalendar.UK);
        assertThat(received.acknowledgeBy()).isEqualTo(calendar.workingDaysAfter(receivedOn, 5));
        assertThat(((DeadlineSet) stored.get(1).getPayload()).dueAt())
                .as("the deadline board's due time is the acknowledgement date's end")
                .isEqualTo(WorkingCalendar.endOf(received.acknowledgeBy()));
    }

    private static List<DeadlineKind> deadlineKinds(List<? extends DomainEventMessage<?>> stored) {
        return stored.stream().map(DomainEventMessage::getPayload).filter(DeadlineEvent.class::isInstance)
                .map(p -> ((DeadlineEvent) p).kind()).toList();
    }

    private void send(Object command) {
        Object ignored = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(Meta.ACTOR, "hr")));
    }
}
