package uk.tidemark.command.disciplinary;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import uk.tidemark.kernel.disciplinary.command.RecordBarringReferralDecision;
import uk.tidemark.kernel.disciplinary.command.RecordResignation;
import uk.tidemark.kernel.disciplinary.event.BarringReferralDecisionRecorded;
import uk.tidemark.kernel.disciplinary.event.DisciplinaryCaseOpened;
import uk.tidemark.kernel.disciplinary.event.ResignationRecorded;
import uk.tidemark.kernel.time.DateWindow;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.disciplinary.DisciplinaryRule.*;
import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.OUTCOME;

/**
 * The employee's resignation and the decision on a referral to the DBS (and, for a teacher, to the Teaching
 * Regulation Agency). A case about harm to children that ends in a dismissal, or in a resignation before the
 * outcome, cannot close without that decision. A part of {@link DisciplinaryCaseAggregate} (an Axon aggregate
 * member): the case's transition table still decides first, and the case asks this part before it closes.
 */
class DisciplinaryResignationAndBarring {

    private final DisciplinaryCaseAggregate disciplinaryCase;
    private boolean teacher;
    private boolean concernsHarm;
    private boolean resigned;
    private boolean resignedBeforeOutcome;
    private boolean barringDecisionRecorded;

    DisciplinaryResignationAndBarring(DisciplinaryCaseAggregate disciplinaryCase) {
        this.disciplinaryCase = disciplinaryCase;
    }

    @CommandHandler
    void handle(RecordResignation command) {
        DisciplinaryTransitions.check(command, disciplinaryCase.stage());
        if (resigned) {
            throw ALREADY_RESIGNED.violation();
        }
        DateWindow.require("effectiveOn", command.effectiveOn());
        apply(new ResignationRecorded(disciplinaryCase.id(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(RecordBarringReferralDecision command) {
        DisciplinaryTransitions.check(command, disciplinaryCase.stage());
        if (teacher && command.tra() == null) {
            throw TRA_DECISION_FOR_A_TEACHER.violation(TEACHER_NEEDS_TRA);
        }
        if (!teacher && command.tra() != null) {
            throw TRA_DECISION_FOR_A_TEACHER.violation(ONLY_TEACHERS_TO_TRA);
        }
        apply(new BarringReferralDecisionRecorded(disciplinaryCase.id(), command.dbs(), command.tra(),
                command.reasons()));
    }

    /** A harm case that ends in a dismissal or an early resignation needs its barring decision before it closes. */
    void requireBarringDecisionBeforeClosing(boolean dismissed) {
        if (concernsHarm && (dismissed || resignedBeforeOutcome) && !barringDecisionRecorded) {
            throw BARRING_DECISION_REQUIRED.violation(dismissed ? "a dismissal" : "a resignation before the outcome",
                    teacher ? " and to the Teaching Regulation Agency" : "");
        }
    }

    @EventSourcingHandler
    void on(DisciplinaryCaseOpened event) {
        teacher = event.isTeacher();
        concernsHarm = event.concernsHarmToChildren();
    }

    @EventSourcingHandler
    void on(ResignationRecorded event) {
        resigned = true;
        // the event does not move the stage, so the case's stage is the one the resignation came at
        resignedBeforeOutcome = disciplinaryCase.stage().compareTo(OUTCOME) < 0;
    }

    @EventSourcingHandler
    void on(BarringReferralDecisionRecorded event) {
        barringDecisionRecorded = true;
    }
}
