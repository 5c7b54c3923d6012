package uk.tidemark.command.disciplinary;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.versioning.VersioningConfig;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.disciplinary.*;
import uk.tidemark.kernel.disciplinary.command.*;
import uk.tidemark.kernel.disciplinary.event.*;

import java.time.Instant;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.disciplinary.DisciplinaryRule.*;
import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.*;

/**
 * An HR disciplinary case, after the ACAS Code. Every handler asks {@link DisciplinaryTransitions} first, then
 * checks its own rules ({@link DisciplinaryRule}), then applies; the event-sourcing handlers only remember what
 * later rules need. The appeal window and a warning's expiry are Axon deadlines, so they survive a restart.
 */
@Aggregate(commandTargetResolver = VersioningConfig.TARGET_RESOLVER)
class DisciplinaryCaseAggregate {

    static final String APPEAL_WINDOW = "appeal-window";
    static final String WARNING_EXPIRY = "warning-expiry";

    @AggregateIdentifier
    private DisciplinaryCaseId caseId;
    private DisciplinaryStage stage;
    private boolean teacher;
    private boolean concernsHarm;
    private boolean findingsRecorded;
    private Instant decidedAt;
    /** The outcome that stands: the hearing's, or the appeal's replacement; null once overturned. */
    private DisciplinaryOutcome standingOutcome;
    private Instant appealWindowClosesAt;
    private boolean appealWindowClosed;
    private boolean appealDecided;
    private boolean resigned;
    private boolean resignedBeforeOutcome;
    private boolean barringDecisionRecorded;

    DisciplinaryCaseAggregate() {
        // for Axon, which rebuilds the case from its events
    }

    @CommandHandler
    DisciplinaryCaseAggregate(OpenDisciplinaryCase command,
                              @MetaDataValue(value = Meta.ACTOR, required = true) String actor) {
        requireActor(actor);
        apply(new DisciplinaryCaseOpened(command.caseId(), command.settingId(), command.employeeName(),
                command.employeePersonId(), command.isTeacher(), command.concernsHarmToChildren(),
                command.allegation(), command.linkedIncidentId(), actor));
    }

    /** Axon 4.13 does not enforce {@code required = true} on aggregate handlers; the incident's check, copied. */
    @CommandHandlerInterceptor
    void requireActor(CommandMessage<?> command) {
        requireActor(command.getMetaData().get(Meta.ACTOR));
    }

    private static void requireActor(Object actor) {
        if (!(actor instanceof String name) || name.isBlank()) {
            throw ACTOR_REQUIRED.violation();
        }
    }

    /** Axon's clock, which stamps events and which the fixture moves with the deadlines' simulated time. */
    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    @CommandHandler
    void handle(AppointInvestigator command) {
        DisciplinaryTransitions.check(command, stage);
        apply(new InvestigatorAppointed(caseId, command.investigator()));
    }

    @CommandHandler
    void handle(RecordInvestigationFindings command) {
        DisciplinaryTransitions.check(command, stage);
        apply(new InvestigationFindingsRecorded(caseId, command.findings()));
    }

    @CommandHandler
    void handle(InviteToHearing command, DisciplinaryPolicy policy, WorkingCalendar calendar) {
        DisciplinaryTransitions.check(command, stage);
        if (!findingsRecorded) {
            throw FINDINGS_BEFORE_HEARING.violation();
        }
        if (!command.rightToBeAccompaniedStated()) {
            throw RIGHT_TO_BE_ACCOMPANIED.violation();
        }
        LocalDate today = LocalDate.ofInstant(now(), WorkingCalendar.UK);
        LocalDate earliest = calendar.workingDaysAfter(today, policy.hearingNoticeDays());
        if (command.hearingOn() == null || command.hearingOn().isBefore(earliest)) {
            throw HEARING_NOTICE.violation(String.valueOf(policy.hearingNoticeDays()), earliest.toString());
        }
        apply(new InvitedToHearing(caseId, command.hearingOn(), true, today));
    }

    @CommandHandler
    void handle(RecordHearingHeld command) {
        DisciplinaryTransitions.check(command, stage);
        apply(new HearingHeld(caseId, command.companion()));
    }

    @CommandHandler
    void handle(DecideOutcome command, DisciplinaryPolicy policy, WorkingCalendar calendar,
                DeadlineManager deadlines) {
        DisciplinaryTransitions.check(command, stage);
        Instant at = now();
        Instant windowEnd = null;
        if (command.outcome() != DisciplinaryOutcome.NO_ACTION) {
            windowEnd = calendar.endOfWorkingDaysAfter(at, policy.appealWindowDays());
            deadlines.schedule(windowEnd, APPEAL_WINDOW);
        }
        Instant expiry = scheduleExpiry(command.outcome(), at, policy, deadlines);
        apply(new OutcomeDecided(caseId, command.outcome(), command.reasons(), at, windowEnd, expiry));
    }

    @CommandHandler
    void handle(LodgeAppeal command, DeadlineManager deadlines) {
        DisciplinaryTransitions.check(command, stage);
        if (standingOutcome == DisciplinaryOutcome.NO_ACTION) {
            throw NOTHING_TO_APPEAL.violation();
        }
        // the clock is checked too: a deadline delivered late must not let a late appeal in
        if (appealWindowClosed || now().isAfter(appealWindowClosesAt)) {
            throw APPEAL_WINDOW_CLOSED.violation(LocalDate.ofInstant(appealWindowClosesAt, WorkingCalendar.UK).toString());
        }
        deadlines.cancelAllWithinScope(APPEAL_WINDOW);
        apply(new AppealLodged(caseId, command.grounds()));
    }

    @CommandHandler
    void handle(DecideAppeal command, DisciplinaryPolicy policy, DeadlineManager deadlines) {
        DisciplinaryTransitions.check(command, stage);
        if (appealDecided) {
            throw APPEAL_ALREADY_DECIDED.violation();
        }
        if ((command.decision() == AppealDecision.VARIED) != (command.variedOutcome() != null)) {
            throw VARIED_NEEDS_AN_OUTCOME.violation();
        }
        Instant expiry = null;
        switch (command.decision()) {
            case UPHELD -> expiry = policy.warningExpiry(standingOutcome, decidedAt);
            case OVERTURNED -> deadlines.cancelAllWithinScope(WARNING_EXPIRY);
            case VARIED -> {
                // the new warning runs from the original outcome: the appeal replaces it, it does not restart it
                deadlines.cancelAllWithinScope(WARNING_EXPIRY);
                expiry = scheduleExpiry(command.variedOutcome(), decidedAt, policy, deadlines);
            }
        }
        apply(new AppealDecided(caseId, command.decision(), command.variedOutcome(), command.reasons(), expiry));
    }

    @CommandHandler
    void handle(RecordResignation command) {
        DisciplinaryTransitions.check(command, stage);
        if (resigned) {
            throw ALREADY_RESIGNED.violation();
        }
        apply(new ResignationRecorded(caseId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(RecordBarringReferralDecision command) {
        DisciplinaryTransitions.check(command, stage);
        if (teacher && command.tra() == null) {
            throw TRA_DECISION_FOR_A_TEACHER.violation(TEACHER_NEEDS_TRA);
        }
        if (!teacher && command.tra() != null) {
            throw TRA_DECISION_FOR_A_TEACHER.violation(ONLY_TEACHERS_TO_TRA);
        }
        apply(new BarringReferralDecisionRecorded(caseId, command.dbs(), command.tra(), command.reasons()));
    }

    @CommandHandler
    void handle(CloseDisciplinaryCase command) {
        DisciplinaryTransitions.check(command, stage);
        if (stage == OUTCOME && appealWindowClosesAt != null && !appealWindowClosed && !now().isAfter(appealWindowClosesAt)) {
            throw APPEAL_WINDOW_OPEN.violation(LocalDate.ofInstant(appealWindowClosesAt, WorkingCalendar.UK).toString());
        }
        if (stage == APPEAL && !appealDecided) {
            throw APPEAL_UNDECIDED.violation();
        }
        boolean dismissed = standingOutcome != null && standingOutcome.isDismissal();
        if (concernsHarm && (dismissed || resignedBeforeOutcome) && !barringDecisionRecorded) {
            throw BARRING_DECISION_REQUIRED.violation(dismissed ? "a dismissal" : "a resignation before the outcome",
                    teacher ? " and to the Teaching Regulation Agency" : "");
        }
        apply(new DisciplinaryCaseClosed(caseId, command.rationale()));
    }

    /** A business fact, not a command: it happens on a closed case too, since warnings outlive their case. */
    @DeadlineHandler(deadlineName = WARNING_EXPIRY)
    void warningExpired(DisciplinaryOutcome outcome) {
        apply(new WarningExpired(caseId, outcome));
    }

    @DeadlineHandler(deadlineName = APPEAL_WINDOW)
    void appealWindowEnded() {
        if (stage == OUTCOME && !appealWindowClosed) {
            apply(new AppealWindowClosed(caseId));
        }
    }

    private static Instant scheduleExpiry(DisciplinaryOutcome outcome, Instant from, DisciplinaryPolicy policy,
                                          DeadlineManager deadlines) {
        Instant expiry = policy.warningExpiry(outcome, from);
        if (expiry != null) {
            deadlines.schedule(expiry, WARNING_EXPIRY, outcome);
        }
        return expiry;
    }

    @EventSourcingHandler
    void on(DisciplinaryCaseOpened event) {
        caseId = event.caseId();
        stage = OPENED;
        teacher = event.isTeacher();
        concernsHarm = event.concernsHarmToChildren();
    }

    @EventSourcingHandler
    void on(InvestigatorAppointed event) {
        stage = INVESTIGATION;
    }

    @EventSourcingHandler
    void on(InvestigationFindingsRecorded event) { findingsRecorded = true; }

    @EventSourcingHandler
    void on(InvitedToHearing event) {
        stage = HEARING_ARRANGED;
    }

    @EventSourcingHandler
    void on(HearingHeld event) {
        stage = HEARING_HELD;
    }

    @EventSourcingHandler
    void on(OutcomeDecided event) {
        stage = OUTCOME;
        standingOutcome = event.outcome();
        decidedAt = event.decidedAt();
        appealWindowClosesAt = event.appealWindowClosesAt();
    }

    @EventSourcingHandler
    void on(AppealWindowClosed event) {
        appealWindowClosed = true;
    }

    @EventSourcingHandler
    void on(AppealLodged event) {
        stage = APPEAL;
    }

    @EventSourcingHandler
    void on(AppealDecided event) {
        appealDecided = true;
        if (event.decision() == AppealDecision.OVERTURNED) {
            standingOutcome = null;
        } else if (event.decision() == AppealDecision.VARIED) {
            standingOutcome = event.variedOutcome();
        }
    }

    @EventSourcingHandler
    void on(ResignationRecorded event) {
        resigned = true;
        resignedBeforeOutcome = stage.compareTo(OUTCOME) < 0;
    }

    @EventSourcingHandler
    void on(BarringReferralDecisionRecorded event) { barringDecisionRecorded = true; }

    @EventSourcingHandler
    void on(DisciplinaryCaseClosed event) {
        stage = CLOSED;
    }
}
