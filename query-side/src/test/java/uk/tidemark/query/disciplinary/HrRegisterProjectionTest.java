package uk.tidemark.query.disciplinary;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.event.DeadlineMet;
import uk.tidemark.kernel.deadline.event.DeadlineMissed;
import uk.tidemark.kernel.deadline.event.DeadlineSet;
import uk.tidemark.kernel.disciplinary.*;
import uk.tidemark.kernel.disciplinary.event.*;
import uk.tidemark.kernel.disciplinary.query.*;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.query.Stream;
import uk.tidemark.query.TestStore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.kernel.disciplinary.DisciplinaryOutcome.*;
import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.*;

class HrRegisterProjectionTest {
    static final Instant START = Instant.parse("2026-05-04T09:00:00Z");
    static final Instant DECIDED = Instant.parse("2026-06-01T12:00:00Z");
    static final Instant WINDOW_END = Instant.parse("2026-06-08T22:59:59.999Z");
    static final Instant EXPIRES = Instant.parse("2026-12-01T12:00:00Z");

    private final TestStore store = new TestStore();

    HrRegisterProjectionTest() {
        store.projection(HrRegisterProjection::new);
        store.queries(HrRegisterQueries::new);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Opened on a referral, investigated, heard, warned, appealed, upheld, closed; the warning then expires. */
    static Stream wholeCase(String id, String settingId, Instant start) {
        DisciplinaryCaseId c = DisciplinaryCaseId.of(id);
        return opened(id, settingId, start, "Jo Bloggs")                                                   // 0
                .then("hr1", new InvestigatorAppointed(c, "Ann Investigator"))                              // 1
                .then("hr1", new InvestigationFindingsRecorded(c, "Posts were made from the staff account"))// 2
                .then("hr1", new InvitedToHearing(c, LocalDate.parse("2026-05-20"), true,
                        LocalDate.parse("2026-05-11")))                                                      // 3
                .then("hr1", new DeadlineSet(id + "/HEARING_NOTICE/1", DeadlineKind.HEARING_NOTICE,
                        CaseType.DISCIPLINARY, id, settingId, Instant.parse("2026-05-20T22:59:59.999Z"), "hr1")) // 4
                .then("hr1", new HearingHeld(c, "Union rep"))                                              // 5
                .then("hr1", new DeadlineMet(id + "/HEARING_NOTICE/1", DeadlineKind.HEARING_NOTICE,
                        CaseType.DISCIPLINARY, id))                                                          // 6
                .then("hr1", new OutcomeDecided(c, FIRST_WRITTEN_WARNING, "Breach of the social media policy",
                        DECIDED, WINDOW_END, EXPIRES))                                                       // 7
                .then("hr1", new AppealLodged(c, "Too harsh"))                                             // 8
                .then("hr2", new AppealDecided(c, AppealDecision.NOT_UPHELD, null, "Proportionate", EXPIRES))   // 9
                .then("hr1", new DisciplinaryCaseClosed(c, "Process complete"))                            // 10
                .clock(new WarningExpired(c, FIRST_WRITTEN_WARNING));                                       // 11
    }

    static Stream opened(String id, String settingId, Instant start, String employee) {
        return new Stream("DisciplinaryCaseAggregate", id, start).then("dsl1", new DisciplinaryCaseOpened(
                DisciplinaryCaseId.of(id), settingId, employee, PersonId.of("p-" + id), true, true,
                "Posted about a pupil", IncidentId.of("inc-" + id), "dsl1"));
    }

    /** Opened, heard and decided: a written warning that is live until something ends it. */
    static Stream warned(String id, String settingId, Instant start, DisciplinaryOutcome outcome, Instant expiresAt) {
        DisciplinaryCaseId c = DisciplinaryCaseId.of(id);
        return opened(id, settingId, start, "Employee " + id)
                .then("hr1", new InvestigatorAppointed(c, "Ann"))
                .then("hr1", new InvestigationFindingsRecorded(c, "Found"))
                .then("hr1", new InvitedToHearing(c, LocalDate.parse("2026-05-20"), true, LocalDate.parse("2026-05-11")))
                .then("hr1", new HearingHeld(c, null))
                .then("hr1", new OutcomeDecided(c, outcome, "Reasons", start.plusSeconds(600), WINDOW_END, expiresAt));
    }

    /** Decision 0038: an HR case opened before references is given one later, once. */
    @Test
    void aCaseGivenItsReferenceLaterShowsItInTheRegisterAndItsStatus() {
        Stream s = opened("d-old", "school-1", START, "Old Case");
        store.deliverAll(s.messages());
        assertThat(detail("d-old").orElseThrow().reference()).isNull();
        s.then("tidemark", new DisciplinaryCaseReferenceAssigned(DisciplinaryCaseId.of("d-old"), "SO-25-0004"));
        store.deliverAll(s.messages());
        store.deliverAll(s.messages());
        DisciplinaryCaseDetail d = detail("d-old").orElseThrow();
        assertThat(d.reference()).isEqualTo("SO-25-0004");
        assertThat(d.version()).isEqualTo(1);
        assertThat(d.history()).extracting(DisciplinaryCaseDetail.HistoryEntry::summary)
                .containsOnlyOnce("Given the reference SO-25-0004");
        assertThat(status("d-old").orElseThrow().reference()).isEqualTo("SO-25-0004");
    }

    @Test
    void theDetailHoldsTheWholeHrRecord() {
        Stream s = wholeCase("d-1", "school-1", START);
        store.deliverAll(s.messages());

        DisciplinaryCaseDetail d = detail("d-1").orElseThrow();
        assertThat(d.caseId()).isEqualTo("d-1");
        assertThat(d.settingId()).isEqualTo("school-1");
        assertThat(d.employeeName()).isEqualTo("Jo Bloggs");
        assertThat(d.employeePersonId()).isEqualTo("p-d-1");
        assertThat(d.teacher()).isTrue();
        assertThat(d.concernsHarmToChildren()).isTrue();
        assertThat(d.allegation()).isEqualTo("Posted about a pupil");
        assertThat(d.linkedIncidentId()).isEqualTo("inc-d-1");
        assertThat(d.openedBy()).isEqualTo("dsl1");
        assertThat(d.openedAt()).isEqualTo(s.at(0));
        assertThat(d.stage()).isEqualTo(CLOSED);
        assertThat(d.investigator()).isEqualTo("Ann Investigator");
        assertThat(d.findings()).isEqualTo("Posts were made from the staff account");
        assertThat(d.hearing()).isEqualTo(new DisciplinaryCaseDetail.Hearing(LocalDate.parse("2026-05-11"),
                LocalDate.parse("2026-05-20"), true, s.at(5), "Union rep", null, null, null));
        assertThat(d.outcome()).isEqualTo(new DisciplinaryCaseDetail.Decision(FIRST_WRITTEN_WARNING,
                "Breach of the social media policy", DECIDED, WINDOW_END, false));
        assertThat(d.appeal()).isEqualTo(new DisciplinaryCaseDetail.Appeal("Too harsh", s.at(8), AppealDecision.NOT_UPHELD,
                null, "Proportionate", s.at(9)));
        assertThat(d.standingOutcome()).isEqualTo(FIRST_WRITTEN_WARNING);
        assertThat(d.warning()).isEqualTo(new DisciplinaryCaseDetail.Warning(FIRST_WRITTEN_WARNING, DECIDED, EXPIRES,
                true, s.at(11), false));
        assertThat(d.resignation()).isNull();
        assertThat(d.barringDecision()).isNull();
        assertThat(d.closedAt()).isEqualTo(s.at(10));
        assertThat(d.closingRationale()).isEqualTo("Process complete");
        assertThat(d.updatedAt()).isEqualTo(s.at(11));
        assertThat(d.version()).isEqualTo(11);
    }

    @Test
    void theHistoryHasOneLinePerCaseEventButNoSetOrMetDeadlines() {
        store.deliverAll(wholeCase("d-1", "school-1", START).messages());

        List<DisciplinaryCaseDetail.HistoryEntry> history = detail("d-1").orElseThrow().history();
        assertThat(history).extracting(DisciplinaryCaseDetail.HistoryEntry::summary).containsExactly(
                "Opened on a DSL's referral: Posted about a pupil",
                "Investigator appointed: Ann Investigator",
                "Findings recorded: Posts were made from the staff account",
                "Invited to a hearing on 2026-05-20; right to be accompanied stated",
                "Hearing held; accompanied by Union rep",
                "Outcome: first written warning — Breach of the social media policy",
                "Appeal lodged: Too harsh",
                "Appeal decided: not upheld, the original decision stands — Proportionate",
                "Closed — Process complete",
                "First written warning expired");
        assertThat(history).extracting(DisciplinaryCaseDetail.HistoryEntry::type).startsWith(
                "DISCIPLINARY_CASE_OPENED", "INVESTIGATOR_APPOINTED").endsWith("WARNING_EXPIRED");
        assertThat(history.get(7).actor()).isEqualTo("hr2");
        assertThat(history.get(9).actor()).isNull(); // the clock, not a person
    }

    @Test
    void stageAndStandingOutcomeFollowTheCase() {
        Stream s = wholeCase("d-1", "school-1", START);
        List<DisciplinaryStage> stages = new ArrayList<>();
        for (DomainEventMessage<?> m : s.messages()) {
            store.deliver(m);
            stages.add(status("d-1").orElseThrow().stage());
        }
        assertThat(stages).containsExactly(OPENED, INVESTIGATION, INVESTIGATION, HEARING_ARRANGED, HEARING_ARRANGED,
                HEARING_HELD, HEARING_HELD, OUTCOME, APPEAL, APPEAL, CLOSED, CLOSED);
        assertThat(status("d-1")).contains(new DisciplinaryStatus("d-1", null, CLOSED, FIRST_WRITTEN_WARNING));
    }

    @Test
    void everyEventRedeliveredLeavesTheDocumentAsOneDeliveryDoes() {
        Stream s = wholeCase("d-1", "school-1", START);
        store.deliverAll(s.messages());
        List<Document> before = store.raw(DisciplinaryCaseDocument.COLLECTION);

        store.deliverAll(s.messages());
        store.deliver(s.message(0)); // opened again must not recreate the case
        store.deliver(s.message(7)); // the outcome again must not revive the expired warning

        assertThat(store.raw(DisciplinaryCaseDocument.COLLECTION)).isEqualTo(before);
        assertThat(detail("d-1").orElseThrow().history()).hasSize(10);
    }

    @Test
    void deadlineEventsCountInTheVersionAndAMissedOneIsInTheHistory() {
        Stream s = opened("d-2", "school-1", START, "Jo");
        s.then("hr1", new DeadlineSet("d-2/HEARING_NOTICE/1", DeadlineKind.HEARING_NOTICE, CaseType.DISCIPLINARY,
                        "d-2", "school-1", Instant.parse("2026-05-20T22:59:59.999Z"), "dsl1"))
                .clock(new DeadlineMissed("d-2/HEARING_NOTICE/1", DeadlineKind.HEARING_NOTICE, CaseType.DISCIPLINARY,
                        "d-2", "school-1", Instant.parse("2026-05-20T22:59:59.999Z"), "dsl1"));
        store.deliverAll(s.messages());
        // a deadline of another kind of case with the same id changes nothing here
        store.deliver(Stream.single("IncidentAggregate", "d-2", 7, new DeadlineMet("d-2/FIRST_RESPONSE/1",
                DeadlineKind.FIRST_RESPONSE, CaseType.INCIDENT, "d-2"), START));

        DisciplinaryCaseDetail d = detail("d-2").orElseThrow();
        assertThat(d.version()).isEqualTo(2);
        assertThat(d.updatedAt()).isEqualTo(s.at(0));
        assertThat(d.history()).extracting(DisciplinaryCaseDetail.HistoryEntry::summary)
                .containsExactly("Opened on a DSL's referral: Posted about a pupil",
                        "Deadline missed: disciplinary hearing (due 2026-05-20 23:59)");
    }

    @Test
    void aResignationAndTheBarringDecisionAreRecorded() {
        DisciplinaryCaseId c = DisciplinaryCaseId.of("d-3");
        Stream s = opened("d-3", "school-1", START, "Jo")
                .then("hr1", new ResignationRecorded(c, LocalDate.parse("2026-05-31")))
                .then("hr1", new BarringReferralDecisionRecorded(c, ReferralDecision.REFERRED,
                        ReferralDecision.NOT_REFERRED, "Harm threshold met"));
        store.deliverAll(s.messages());

        DisciplinaryCaseDetail d = detail("d-3").orElseThrow();
        assertThat(d.resignation()).isEqualTo(new DisciplinaryCaseDetail.Resignation(LocalDate.parse("2026-05-31"), s.at(1)));
        assertThat(d.barringDecision()).isEqualTo(new DisciplinaryCaseDetail.BarringDecision(ReferralDecision.REFERRED,
                ReferralDecision.NOT_REFERRED, "Harm threshold met", s.at(2)));
        assertThat(d.history().get(2).summary())
                .isEqualTo("Barring referral decision: DBS referred, TRA not referred — Harm threshold met");
    }

    @Test
    void anUnknownCaseIsEmpty() {
        assertThat(detail("nope")).isEmpty();
        assertThat(status("nope")).isEmpty();
    }

    @Test
    void resetEmptiesTheRegisterAndAReplayRebuildsIt() {
        Stream s = wholeCase("d-1", "school-1", START);
        store.deliverAll(s.messages());
        DisciplinaryCaseDetail before = detail("d-1").orElseThrow();

        store.resetTokens();
        assertThat(store.raw(DisciplinaryCaseDocument.COLLECTION)).isEmpty();

        store.deliverAll(s.messages());
        assertThat(detail("d-1")).contains(before);
    }

    private Optional<DisciplinaryCaseDetail> detail(String id) {
        return store.ask(new FindDisciplinaryCase(DisciplinaryCaseId.of(id)),
                ResponseTypes.optionalInstanceOf(DisciplinaryCaseDetail.class));
    }

    private Optional<DisciplinaryStatus> status(String id) {
        return store.ask(new FindDisciplinaryStatus(DisciplinaryCaseId.of(id)),
                ResponseTypes.optionalInstanceOf(DisciplinaryStatus.class));
    }
}
