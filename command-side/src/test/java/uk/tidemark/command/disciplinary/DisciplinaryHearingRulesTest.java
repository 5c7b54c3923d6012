package uk.tidemark.command.disciplinary;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.disciplinary.command.*;
import uk.tidemark.kernel.disciplinary.event.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static uk.tidemark.command.disciplinary.DisciplinaryFixtures.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.HEARING_NOTICE;
import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.*;

/** Opening, the actor, and the hearing's invitation after the ACAS Code: each rule from both sides. */
class DisciplinaryHearingRulesTest {

    private AggregateTestFixture<DisciplinaryCaseAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void aCaseReferredFromAnIncidentIsOpenedByTheSignedInUserAndLinked() {
        fixture.givenNoPriorActivity()
                .when(open(true, true), ACTOR)
                .expectSuccessfulHandlerExecution()
                .expectEvents(opened(true, true));
    }

    @Test
    void aCaseCannotBeOpenedWithoutKnowingWhoOpensIt() {
        fixture.givenNoPriorActivity()
                .when(open(false, false), Map.of("actor", " "))
                .expectException(DisciplinaryRuleViolation.class)
                .expectExceptionMessage(DisciplinaryRule.ACTOR_REQUIRED.sentence())
                .expectNoEvents();
    }

    @Test
    void nothingIsRecordedOnACaseWithoutKnowingWhoDidIt() {
        fixture.given(historyTo(OPENED))
                .when(new AppointInvestigator(ID, "Ivy Investigator"))
                .expectException(DisciplinaryRuleViolation.class)
                .expectExceptionMessage("This cannot be recorded without knowing who is making the change; sign in and try again.")
                .expectNoEvents();
    }

    /** A command one of the case's parts handles passes the case's own check first. */
    @Test
    void nothingIsRecordedThroughOneOfTheCasesPartsWithoutKnowingWhoDidIt() {
        fixture.givenCurrentTime(NOW).andGiven(historyTo(INVESTIGATION))
                .when(invite(EARLIEST_HEARING))
                .expectException(DisciplinaryRuleViolation.class)
                .expectExceptionMessage(DisciplinaryRule.ACTOR_REQUIRED.sentence())
                .expectNoEvents();
    }

    @Test
    void aHearingNeedsFiveWorkingDaysNotice() {
        fixture.givenCurrentTime(NOW).andGiven(historyTo(INVESTIGATION))
                .when(invite(LocalDate.of(2026, 3, 6)), ACTOR)
                .expectException(DisciplinaryRuleViolation.class)
                .expectExceptionMessage("A hearing needs at least 5 working days' notice; the earliest date it can be held is Monday 9 March 2026.")
                .expectNoEvents();
    }

    @Test
    void aHearingOnTheFifthWorkingDayIsEnoughNotice() {
        fixture.givenCurrentTime(NOW).andGiven(historyTo(INVESTIGATION))
                .when(invite(EARLIEST_HEARING), ACTOR)
                .expectEvents(new InvitedToHearing(ID, EARLIEST_HEARING, true, TODAY),
                        DEADLINES.set(HEARING_NOTICE, "2026-03-09", WINDOW_END, OWNER));
    }

    @Test
    void theNoticeSkipsWeekendsAndBankHolidays() {
        // invited on Tuesday 28 April 2026: Wed, Thu, Fri, (weekend, early May bank holiday Monday 4 May) Tue, Wed
        Instant tuesday = Instant.parse("2026-04-28T09:00:00Z");
        fixture.givenCurrentTime(tuesday).andGiven(historyTo(INVESTIGATION))
                .when(invite(LocalDate.of(2026, 5, 5)), ACTOR)
                .expectException(DisciplinaryRuleViolation.class)
                .expectExceptionMessage("A hearing needs at least 5 working days' notice; the earliest date it can be held is Wednesday 6 May 2026.");
        fixture.givenCurrentTime(tuesday).andGiven(historyTo(INVESTIGATION))
                .when(invite(LocalDate.of(2026, 5, 6)), ACTOR)
                .expectEvents(new InvitedToHearing(ID, LocalDate.of(2026, 5, 6), true, LocalDate.of(2026, 4, 28)),
                        // the end of Wednesday 6 May in London, in summer time
                        DEADLINES.set(HEARING_NOTICE, "2026-05-06", Instant.parse("2026-05-06T22:59:59.999999999Z"), OWNER));
    }

    @Test
    void theNoticeIsTheOrganisationsPolicy() {
        fixture = fixture(new DisciplinaryPolicy(3, 5, 6, 12));
        fixture.givenCurrentTime(NOW).andGiven(historyTo(INVESTIGATION))
                .when(invite(LocalDate.of(2026, 3, 5)), ACTOR)
                .expectEvents(new InvitedToHearing(ID, LocalDate.of(2026, 3, 5), true, TODAY),
                        DEADLINES.set(HEARING_NOTICE, "2026-03-05", Instant.parse("2026-03-05T23:59:59.999999999Z"), OWNER));
        fixture = fixture(new DisciplinaryPolicy(3, 5, 6, 12)); // a fixture keeps the deadlines it scheduled
        fixture.givenCurrentTime(NOW).andGiven(historyTo(INVESTIGATION))
                .when(invite(LocalDate.of(2026, 3, 4)), ACTOR)
                .expectExceptionMessage("A hearing needs at least 3 working days' notice; the earliest date it can be held is Thursday 5 March 2026.");
    }

    @Test
    void anInvitationMustStateTheRightToBeAccompanied() {
        fixture.givenCurrentTime(NOW).andGiven(historyTo(INVESTIGATION))
                .when(new InviteToHearing(ID, EARLIEST_HEARING, false), ACTOR)
                .expectException(DisciplinaryRuleViolation.class)
                .expectExceptionMessage("The invitation must tell the employee of their right to be accompanied at the hearing.")
                .expectNoEvents();
    }

    @Test
    void anInvitationNeedsTheInvestigationsFindings() {
        fixture.givenCurrentTime(NOW).andGiven(opened(false, false), new InvestigatorAppointed(ID, "Ivy Investigator"))
                .when(invite(EARLIEST_HEARING), ACTOR)
                .expectException(DisciplinaryRuleViolation.class)
                .expectExceptionMessage("Record the investigation's findings before inviting the employee to a hearing.")
                .expectNoEvents();
    }

    @Test
    void aHearingCanBeMovedWithAFreshInvitationAndFreshNotice() {
        fixture.givenCurrentTime(Instant.parse("2026-03-04T10:00:00Z")).andGiven(historyTo(HEARING_ARRANGED))
                .when(invite(EARLIEST_HEARING), ACTOR)
                .expectExceptionMessage("A hearing needs at least 5 working days' notice; the earliest date it can be held is Wednesday 11 March 2026.");
    }

    @Test
    void aHearingIsHeldOnlyAfterAnInvitation() {
        fixture.given(historyTo(INVESTIGATION))
                .when(new RecordHearingHeld(ID, null), ACTOR)
                .expectException(DisciplinaryRuleViolation.class)
                .expectExceptionMessage("The employee has not been invited to a hearing yet; send the invitation first.");
    }

    @Test
    void theCompanionIsRecordedWhenTheHearingIsHeld() {
        fixture.given(historyTo(HEARING_ARRANGED))
                .when(new RecordHearingHeld(ID, "Colleague Chris", TODAY), ACTOR)
                .expectEvents(new HearingHeld(ID, "Colleague Chris", TODAY));
    }

    @Test
    void anOutcomeIsDecidedOnlyAfterTheHearingIsHeld() {
        fixture.given(historyTo(HEARING_ARRANGED))
                .when(decide(uk.tidemark.kernel.disciplinary.DisciplinaryOutcome.NO_ACTION), ACTOR)
                .expectException(DisciplinaryRuleViolation.class)
                .expectExceptionMessage("An outcome can only be decided after the hearing has been held.");
    }

    @Test
    void aResignationIsRecordedOnce() {
        LocalDate leaving = LocalDate.of(2026, 3, 31);
        List<Object> history = new java.util.ArrayList<>(historyTo(INVESTIGATION));
        history.add(new ResignationRecorded(ID, leaving));
        fixture.given(history)
                .when(new RecordResignation(ID, leaving), ACTOR)
                .expectException(DisciplinaryRuleViolation.class)
                .expectExceptionMessage("The employee's resignation has already been recorded.");
    }
}
