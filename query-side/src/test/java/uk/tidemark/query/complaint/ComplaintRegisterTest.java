package uk.tidemark.query.complaint;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.complaint.ComplaintStage;
import uk.tidemark.kernel.complaint.PanelDecision;
import uk.tidemark.kernel.complaint.event.*;
import uk.tidemark.kernel.complaint.query.*;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.event.DeadlineMissed;
import uk.tidemark.kernel.deadline.event.DeadlineSet;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.query.Stream;
import uk.tidemark.query.TestStore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.kernel.complaint.ComplaintStage.*;

class ComplaintRegisterTest {
    private static final Instant START = Instant.parse("2026-05-04T09:00:00Z");
    private static final LocalDate ACK_BY = LocalDate.parse("2026-05-11");
    private static final LocalDate RESPONSE_BY = LocalDate.parse("2026-06-01");
    private static final LocalDate PANEL_BY = LocalDate.parse("2026-07-01");

    private final TestStore store = new TestStore();

    ComplaintRegisterTest() {
        store.projection(ComplaintRegisterProjection::new);
        store.queries(ComplaintRegisterQueries::new);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Stream received(String id, String settingId, Instant start) {
        return new Stream("ComplaintAggregate", id, start).then("office1", new ComplaintReceived(ComplaintId.of(id),
                settingId, ComplaintChannel.SOCIAL_MEDIA, "A parent", "Unhappy with the trip letter",
                IncidentId.of("inc-" + id), ACK_BY, "office1"));
    }

    /** Received, acknowledged, informal, formal with a response, a panel heard and decided, closed. */
    static Stream wholeComplaint(String id) {
        ComplaintId c = ComplaintId.of(id);
        return received(id, "school-1", START)                                                              // 0
                .then("office1", new ComplaintAcknowledged(c))                                                // 1
                .then("head", new ComplaintResolvedInformally(c, "Met the parent"))                          // 2
                .then("head", new EscalatedToFormalStage(c, "Parent not satisfied", RESPONSE_BY))           // 3
                .then("head", new FormalResponseRecorded(c, "Letter was late", "Office error", "Ask for a panel")) // 4
                .then("clerk", new PanelRequested(c, "Wants governors to look", PANEL_BY))                  // 5
                .then("clerk", new PanelHearingRecorded(c, LocalDate.parse("2026-06-20"), List.of("Gov A", "Gov B"))) // 6
                .then("clerk", new PanelDecisionRecorded(c, PanelDecision.PARTLY_UPHELD, "Apology due"))    // 7
                .then("head", new ComplaintClosed(c, "Apology sent"));                                       // 8
    }

    @Test
    void theDetailHoldsEveryStage() {
        Stream s = wholeComplaint("c-1");
        store.deliverAll(s.messages());

        ComplaintDetail d = detail("c-1").orElseThrow();
        assertThat(d.complaintId()).isEqualTo("c-1");
        assertThat(d.settingId()).isEqualTo("school-1");
        assertThat(d.channel()).isEqualTo(ComplaintChannel.SOCIAL_MEDIA);
        assertThat(d.complainant()).isEqualTo("A parent");
        assertThat(d.summary()).isEqualTo("Unhappy with the trip letter");
        assertThat(d.linkedIncidentId()).isEqualTo("inc-c-1");
        assertThat(d.receivedBy()).isEqualTo("office1");
        assertThat(d.receivedAt()).isEqualTo(s.at(0));
        assertThat(d.stage()).isEqualTo(CLOSED);
        assertThat(d.acknowledgeBy()).isEqualTo(ACK_BY);
        assertThat(d.acknowledgedAt()).isEqualTo(s.at(1));
        assertThat(d.informal()).isEqualTo(new ComplaintDetail.Informal("Met the parent", s.at(2)));
        assertThat(d.formal()).isEqualTo(new ComplaintDetail.Formal("Parent not satisfied", s.at(3), RESPONSE_BY,
                "Letter was late", "Office error", "Ask for a panel", s.at(4)));
        assertThat(d.panel()).isEqualTo(new ComplaintDetail.Panel("Wants governors to look", s.at(5), PANEL_BY,
                LocalDate.parse("2026-06-20"), List.of("Gov A", "Gov B"), PanelDecision.PARTLY_UPHELD, "Apology due",
                s.at(7)));
        assertThat(d.closedAt()).isEqualTo(s.at(8));
        assertThat(d.closingRationale()).isEqualTo("Apology sent");
        assertThat(d.withdrawnAt()).isNull();
        assertThat(d.version()).isEqualTo(8);
        assertThat(d.updatedAt()).isEqualTo(s.at(8));
        assertThat(d.history()).extracting(ComplaintDetail.HistoryEntry::summary).containsExactly(
                "Received by social media (from an incident): Unhappy with the trip letter; acknowledge by 2026-05-11",
                "Acknowledged to the complainant",
                "Resolved informally: Met the parent",
                "Taken to the formal stage: Parent not satisfied; response due by 2026-06-01",
                "Formal response sent: Letter was late",
                "Panel requested: Wants governors to look; to be held by 2026-07-01",
                "Panel hearing held on 2026-06-20: Gov A, Gov B",
                "Panel decision: partly upheld — Apology due",
                "Closed — Apology sent");
        assertThat(d.history()).extracting(ComplaintDetail.HistoryEntry::actor)
                .containsExactly("office1", "office1", "head", "head", "head", "clerk", "clerk", "clerk", "head");
    }

    @Test
    void stageAndNextDueDateFollowTheComplaint() {
        Stream s = wholeComplaint("c-1");
        List<ComplaintStage> stages = new ArrayList<>();
        List<LocalDate> due = new ArrayList<>();
        for (DomainEventMessage<?> m : s.messages()) {
            store.deliver(m);
            stages.add(status("c-1").orElseThrow().stage());
            due.add(list(null, false).get(0).nextDueBy());
        }
        assertThat(stages).containsExactly(RECEIVED, ACKNOWLEDGED, INFORMAL, FORMAL, FORMAL, PANEL, PANEL, PANEL, CLOSED);
        assertThat(due).containsExactly(ACK_BY, null, null, RESPONSE_BY, null, PANEL_BY, null, null, null);
    }

    @Test
    void everyEventRedeliveredLeavesTheDocumentAsOneDeliveryDoes() {
        Stream s = wholeComplaint("c-1");
        store.deliverAll(s.messages());
        List<Document> before = store.raw(ComplaintDocument.COLLECTION);

        store.deliverAll(s.messages());
        store.deliver(s.message(0));
        store.deliver(s.message(3)); // the formal stage again must not clear the response

        assertThat(store.raw(ComplaintDocument.COLLECTION)).isEqualTo(before);
        assertThat(status("c-1")).contains(new ComplaintStatus("c-1", null, CLOSED));
    }

    @Test
    void aWithdrawalEndsTheComplaintAndAMissedDeadlineIsInTheHistory() {
        ComplaintId c = ComplaintId.of("c-2");
        Instant due = Instant.parse("2026-05-11T22:59:59.999Z");
        Stream s = received("c-2", "school-1", START)
                .then("office1", new DeadlineSet("c-2/COMPLAINT_ACKNOWLEDGEMENT/1", DeadlineKind.COMPLAINT_ACKNOWLEDGEMENT,
                        CaseType.COMPLAINT, "c-2", "school-1", due, "office1"))
                .clock(new DeadlineMissed("c-2/COMPLAINT_ACKNOWLEDGEMENT/1", DeadlineKind.COMPLAINT_ACKNOWLEDGEMENT,
                        CaseType.COMPLAINT, "c-2", "school-1", due, "office1"))
                .then("office1", new ComplaintWithdrawn(c, "Sorted out with the teacher"));
        store.deliverAll(s.messages());

        ComplaintDetail d = detail("c-2").orElseThrow();
        assertThat(d.stage()).isEqualTo(WITHDRAWN);
        assertThat(d.withdrawnAt()).isEqualTo(s.at(3));
        assertThat(d.withdrawalReason()).isEqualTo("Sorted out with the teacher");
        assertThat(d.version()).isEqualTo(3);
        assertThat(d.history()).extracting(ComplaintDetail.HistoryEntry::summary).containsSubsequence(
                "Deadline missed: complaint acknowledgement (due 2026-05-11 23:59)",
                "Withdrawn by the complainant — Sorted out with the teacher");
        assertThat(d.history()).hasSize(3);
    }

    @Test
    void theRegisterIsNewestFirstScopedBySettingAndOpenOnlyLeavesOutEndedComplaints() {
        store.deliverAll(wholeComplaint("c-1").messages()); // school-1, closed
        store.deliverAll(received("c-2", "school-1", START.plusSeconds(86_400)).messages());
        store.deliverAll(received("c-3", "school-2", START.plusSeconds(2 * 86_400))
                .then("x", new ComplaintWithdrawn(ComplaintId.of("c-3"), null)).messages());
        store.deliverAll(received("c-4", "school-3", START.plusSeconds(3 * 86_400)).messages());

        assertThat(ids(list(null, false))).containsExactly("c-4", "c-3", "c-2", "c-1");
        assertThat(ids(list(null, true))).containsExactly("c-4", "c-2");
        assertThat(ids(list(Set.of("school-1", "school-2"), false))).containsExactly("c-3", "c-2", "c-1");
        assertThat(ids(list(Set.of("school-1"), true))).containsExactly("c-2");
        assertThat(list(Set.of(), false)).isEmpty();
        assertThat(list(null, true).get(1)).isEqualTo(new ComplaintSummary("c-2", null, "school-1",
                ComplaintChannel.SOCIAL_MEDIA, RECEIVED, START.plusSeconds(86_400), ACK_BY, "inc-c-2"));
    }

    @Test
    void anUnknownComplaintIsEmptyAndAResetEmptiesTheRegister() {
        assertThat(detail("nope")).isEmpty();
        assertThat(status("nope")).isEmpty();

        Stream s = wholeComplaint("c-1");
        store.deliverAll(s.messages());
        ComplaintDetail before = detail("c-1").orElseThrow();
        store.resetTokens();
        assertThat(store.raw(ComplaintDocument.COLLECTION)).isEmpty();
        store.deliverAll(s.messages());
        assertThat(detail("c-1")).contains(before);
    }

    /** Decision 0038: a complaint received before references is given one later, once. */
    @Test
    void aComplaintGivenItsReferenceLaterShowsItInTheRegisterAndItsStatus() {
        Stream s = received("c-old", "school-1", START);
        store.deliverAll(s.messages());
        assertThat(detail("c-old").orElseThrow().reference()).isNull();
        s.then("tidemark", new ComplaintReferenceAssigned(ComplaintId.of("c-old"), "SO-25-0005"));
        store.deliverAll(s.messages());
        store.deliverAll(s.messages());
        assertThat(detail("c-old").orElseThrow().reference()).isEqualTo("SO-25-0005");
        assertThat(detail("c-old").orElseThrow().version()).isEqualTo(1);
        assertThat(status("c-old").orElseThrow().reference()).isEqualTo("SO-25-0005");
    }

    private Optional<ComplaintDetail> detail(String id) {
        return store.ask(new FindComplaint(ComplaintId.of(id)), ResponseTypes.optionalInstanceOf(ComplaintDetail.class));
    }

    private Optional<ComplaintStatus> status(String id) {
        return store.ask(new FindComplaintStatus(ComplaintId.of(id)),
                ResponseTypes.optionalInstanceOf(ComplaintStatus.class));
    }

    private List<ComplaintSummary> list(Set<String> visible, boolean openOnly) {
        return store.ask(new FindComplaints(visible, openOnly), ResponseTypes.multipleInstancesOf(ComplaintSummary.class));
    }

    private static List<String> ids(List<ComplaintSummary> list) {
        return list.stream().map(ComplaintSummary::complaintId).toList();
    }
}
