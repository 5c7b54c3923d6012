package uk.tidemark.app.web.disciplinary;

import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.disciplinary.AppealDecision;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.disciplinary.DisciplinaryStage;
import uk.tidemark.kernel.disciplinary.query.DisciplinaryCaseDetail;
import uk.tidemark.kernel.disciplinary.query.DisciplinaryCaseDetail.Appeal;
import uk.tidemark.kernel.disciplinary.query.DisciplinaryCaseDetail.Decision;
import uk.tidemark.kernel.disciplinary.query.DisciplinaryCaseDetail.Resignation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.web.disciplinary.DisciplinaryActions.*;

/**
 * The case page offers what the case's transition table allows at its stage, less what the case's own facts rule
 * out: the same actions, in the same order, as when the page kept a copy of the table.
 */
class DisciplinaryActionsTest {

    private static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");

    @Test
    void anOpenedCaseOffersAnInvestigatorAndTheActionsOfEveryOpenStage() {
        assertThat(available(at(DisciplinaryStage.OPENED, null, null, null, null)))
                .containsExactly(INVESTIGATOR, RESIGNATION, BARRING, CLOSE);
    }

    @Test
    void theHearingInvitationWaitsForTheInvestigationsFindings() {
        assertThat(available(at(DisciplinaryStage.INVESTIGATION, null, null, null, null)))
                .containsExactly(INVESTIGATOR, FINDINGS, RESIGNATION, BARRING, CLOSE);
        assertThat(available(at(DisciplinaryStage.INVESTIGATION, "found", null, null, null)))
                .containsExactly(INVESTIGATOR, FINDINGS, INVITATION, RESIGNATION, BARRING, CLOSE);
    }

    @Test
    void aHeldHearingMustBeDecidedBeforeTheCaseCloses() {
        assertThat(available(at(DisciplinaryStage.HEARING_HELD, "found", null, null, null)))
                .containsExactly(OUTCOME, RESIGNATION, BARRING);
    }

    @Test
    void anAppealIsOfferedOnlyWhileItsWindowIsOpenAndThereIsSomethingToAppeal() {
        Decision warning = new Decision(DisciplinaryOutcome.FIRST_WRITTEN_WARNING, "r", AT, AT.plusSeconds(86_400), false);
        assertThat(available(at(DisciplinaryStage.OUTCOME, "found", warning, null, null)))
                .containsExactly(APPEAL, RESIGNATION, BARRING, CLOSE);
        Decision windowClosed = new Decision(DisciplinaryOutcome.FIRST_WRITTEN_WARNING, "r", AT, AT, true);
        assertThat(available(at(DisciplinaryStage.OUTCOME, "found", windowClosed, null, null)))
                .containsExactly(RESIGNATION, BARRING, CLOSE);
        Decision noAction = new Decision(DisciplinaryOutcome.NO_ACTION, "r", AT, null, false);
        assertThat(available(at(DisciplinaryStage.OUTCOME, "found", noAction, null, null)))
                .containsExactly(RESIGNATION, BARRING, CLOSE);
    }

    @Test
    void anAppealIsDecidedOnceAndAResignationRecordedOnce() {
        Decision warning = new Decision(DisciplinaryOutcome.FINAL_WRITTEN_WARNING, "r", AT, AT, true);
        Appeal lodged = new Appeal("grounds", AT, null, null, null, null);
        assertThat(available(at(DisciplinaryStage.APPEAL, "found", warning, lodged, null)))
                .containsExactly(APPEAL_DECISION, RESIGNATION, BARRING, CLOSE);
        Appeal decided = new Appeal("grounds", AT, AppealDecision.UPHELD, null, "r", AT);
        Resignation resigned = new Resignation(LocalDate.of(2026, 12, 1), AT);
        assertThat(available(at(DisciplinaryStage.APPEAL, "found", warning, decided, resigned)))
                .containsExactly(BARRING, CLOSE);
    }

    @Test
    void aClosedCaseOffersNothing() {
        assertThat(available(at(DisciplinaryStage.CLOSED, "found", null, null, null))).isEmpty();
    }

    private static DisciplinaryCaseDetail at(DisciplinaryStage stage, String findings, Decision outcome, Appeal appeal,
                                             Resignation resignation) {
        return new DisciplinaryCaseDetail("case-1", "HR-26-0001", "setting-a", "Sam Employee", "person-1", false, false,
                "allegation", null, "hr-t", AT, stage, "investigator", findings, null, outcome, appeal, null, null,
                resignation, null, null, null, List.of(), AT, 1);
    }
}
