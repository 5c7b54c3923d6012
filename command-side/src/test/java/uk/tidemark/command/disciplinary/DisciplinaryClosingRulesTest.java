package uk.tidemark.command.disciplinary;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.disciplinary.AppealDecision;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.disciplinary.ReferralDecision;
import uk.tidemark.kernel.disciplinary.command.*;
import uk.tidemark.kernel.disciplinary.event.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static uk.tidemark.command.disciplinary.DisciplinaryFixtures.*;
import static uk.tidemark.kernel.disciplinary.DisciplinaryOutcome.*;
import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.*;

/** When a case may close: the appeal, and the DBS/TRA referral decision a harm case owes (KCSIE, BRIEF.md). */
class DisciplinaryClosingRulesTest {

    private static final CloseDisciplinaryCase CLOSE = new CloseDisciplinaryCase(ID, "Concluded");
    private static final DisciplinaryCaseClosed CLOSED_EVENT = new DisciplinaryCaseClosed(ID, "Concluded");

    private AggregateTestFixture<DisciplinaryCaseAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    /** A case that reached an outcome and whose appeal window has passed, plus whatever else happened. */
    private static List<Object> afterTheWindow(boolean teacher, boolean harm, DisciplinaryOutcome outcome, Object... more) {
        List<Object> history = new ArrayList<>(historyTo(OUTCOME, teacher, harm, outcome));
        history.add(new AppealWindowClosed(ID));
        history.addAll(List.of(more));
        return history;
    }

    @Test
    void aCaseCannotCloseWhileTheEmployeeCanStillAppeal() {
        fixture.givenCurrentTime(NOW).andGiven(historyTo(OUTCOME))
                .when(CLOSE, ACTOR)
                .expectException(DisciplinaryRuleViolation.class)
                .expectExceptionMessage("The employee can still appeal until Monday 9 March 2026; close the case after that.")
                .expectNoEvents();
    }

    @Test
    void aCaseWithNoActionClosesAtOnce() {
        fixture.givenCurrentTime(NOW).andGiven(historyTo(OUTCOME, false, false, NO_ACTION))
                .when(CLOSE, ACTOR)
                .expectEvents(CLOSED_EVENT);
    }

    @Test
    void aCaseCannotCloseWithAnUndecidedAppeal() {
        fixture.givenCurrentTime(NOW).andGiven(historyTo(APPEAL))
                .when(CLOSE, ACTOR)
                .expectExceptionMessage("An appeal has been lodged; decide it before closing the case.");
    }

    @Test
    void aDismissalInAHarmCaseCannotCloseWithoutTheBarringDecision() {
        fixture.givenCurrentTime(NOW).andGiven(afterTheWindow(false, true, SUMMARY_DISMISSAL))
                .when(CLOSE, ACTOR)
                .expectException(DisciplinaryRuleViolation.class)
                .expectExceptionMessage("This case concerns harm to children and ended in a dismissal; record the "
                        + "decision on a referral to the DBS before closing it.")
                .expectNoEvents();
        fixture.givenCurrentTime(NOW).andGiven(afterTheWindow(false, true, SUMMARY_DISMISSAL,
                        new BarringReferralDecisionRecorded(ID, ReferralDecision.REFERRED, null, "Dismissed for harm")))
                .when(CLOSE, ACTOR)
                .expectEvents(CLOSED_EVENT);
    }

    @Test
    void aTeacherDismissedInAHarmCaseNeedsTheTraDecisionToo() {
        fixture.givenCurrentTime(NOW).andGiven(afterTheWindow(true, true, DISMISSAL_WITH_NOTICE))
                .when(CLOSE, ACTOR)
                .expectExceptionMessage("This case concerns harm to children and ended in a dismissal; record the "
                        + "decision on a referral to the DBS and to the Teaching Regulation Agency before closing it.");
    }

    @Test
    void aTeachersBarringDecisionCoversTheTra() {
        fixture.given(afterTheWindow(true, true, DISMISSAL_WITH_NOTICE))
                .when(new RecordBarringReferralDecision(ID, ReferralDecision.REFERRED, null, "Dismissed"), ACTOR)
                .expectException(DisciplinaryRuleViolation.class)
                .expectExceptionMessage(DisciplinaryRule.TEACHER_NEEDS_TRA);
        fixture.given(afterTheWindow(true, true, DISMISSAL_WITH_NOTICE))
                .when(new RecordBarringReferralDecision(ID, ReferralDecision.REFERRED, ReferralDecision.REFERRED, "Dismissed"), ACTOR)
                .expectEvents(new BarringReferralDecisionRecorded(ID, ReferralDecision.REFERRED, ReferralDecision.REFERRED, "Dismissed"));
    }

    @Test
    void onlyATeacherHasATraDecision() {
        fixture.given(afterTheWindow(false, true, DISMISSAL_WITH_NOTICE))
                .when(new RecordBarringReferralDecision(ID, ReferralDecision.REFERRED, ReferralDecision.REFERRED, "Dismissed"), ACTOR)
                .expectExceptionMessage(DisciplinaryRule.ONLY_TEACHERS_TO_TRA);
    }

    @Test
    void aResignationBeforeTheOutcomeInAHarmCaseNeedsTheBarringDecision() {
        List<Object> history = new ArrayList<>(historyTo(INVESTIGATION, false, true, NO_ACTION));
        history.add(new ResignationRecorded(ID, LocalDate.of(2026, 3, 31)));
        fixture.given(history)
                .when(CLOSE, ACTOR)
                .expectExceptionMessage("This case concerns harm to children and ended in a resignation before the "
                        + "outcome; record the decision on a referral to the DBS before closing it.");
    }

    @Test
    void aResignationAfterAWarningNeedsNoBarringDecision() {
        fixture.givenCurrentTime(NOW).andGiven(afterTheWindow(false, true, FINAL_WRITTEN_WARNING,
                        new ResignationRecorded(ID, LocalDate.of(2026, 3, 31))))
                .when(CLOSE, ACTOR)
                .expectEvents(CLOSED_EVENT);
    }

    @Test
    void aDismissalOverturnedOnAppealNeedsNoBarringDecision() {
        List<Object> history = new ArrayList<>(historyTo(APPEAL, false, true, SUMMARY_DISMISSAL));
        history.add(new AppealDecided(ID, AppealDecision.OVERTURNED, null, "Not proven", null));
        fixture.given(history).when(CLOSE, ACTOR).expectEvents(CLOSED_EVENT);
    }

    @Test
    void aWarningVariedToDismissalInAHarmCaseNeedsTheBarringDecision() {
        List<Object> history = new ArrayList<>(historyTo(APPEAL, false, true, FINAL_WRITTEN_WARNING));
        history.add(new AppealDecided(ID, AppealDecision.VARIED, DISMISSAL_WITH_NOTICE, "New evidence", null));
        fixture.given(history).when(CLOSE, ACTOR)
                .expectException(DisciplinaryRuleViolation.class).expectNoEvents();
    }

    @Test
    void aDismissalInACaseNotAboutHarmClosesWithoutABarringDecision() {
        fixture.givenCurrentTime(NOW).andGiven(afterTheWindow(false, false, SUMMARY_DISMISSAL))
                .when(CLOSE, ACTOR)
                .expectEvents(CLOSED_EVENT);
    }

    @Test
    void nothingHappensToAClosedCase() {
        fixture.given(historyTo(CLOSED))
                .when(new RecordResignation(ID, LocalDate.of(2026, 3, 31)), ACTOR)
                .expectException(DisciplinaryRuleViolation.class)
                .expectExceptionMessage("This case is closed; nothing more can be done on it, including recording a resignation.")
                .expectNoEvents();
    }
}
