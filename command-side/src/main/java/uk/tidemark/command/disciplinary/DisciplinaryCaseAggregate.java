package uk.tidemark.command.disciplinary;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import uk.tidemark.command.deadline.CaseDeadlines;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.command.versioning.VersioningConfig;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.SubjectOfCaseException;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.disciplinary.*;
import uk.tidemark.kernel.disciplinary.command.*;
import uk.tidemark.kernel.disciplinary.event.*;
import uk.tidemark.kernel.time.DateWindow;

import java.time.Instant;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.disciplinary.DisciplinaryRule.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.APPEAL_WINDOW;
import static uk.tidemark.kernel.deadline.DeadlineKind.WARNING_EXPIRY;
import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.*;

/**
 * An HR disciplinary case, after the ACAS Code. Every handler asks {@link DisciplinaryTransitions} first, then
 * checks its own rules ({@link DisciplinaryRule}), then applies; the event-sourcing handlers only remember what
 * later rules need.
 *
 * <p>Its deadlines go through {@link CaseDeadlines} and answer to the HR user who opened the case: the hearing
 * must be held by its date (HEARING_NOTICE), and two periods end by themselves, the appeal window and a written
 * warning's live period. They are durable Axon deadlines, so they survive a restart.
 */
@Aggregate(commandTargetResolver = VersioningConfig.TARGET_RESOLVER)
class DisciplinaryCaseAggregate {

    /**
     * The Axon deadline names used before every case's deadlines became {@link CaseDeadlines}: schedules made then
     * may still be due, so they are still handled (guarded by the case's state, as they are no longer cancelled).
     */
    static final String LEGACY_APPEAL_WINDOW = "appeal-window";
    static final String LEGACY_WARNING_EXPIRY = "warning-expiry";
    /** The key of a deadline a case holds at most one of, and of the warning that replaces it on a varied appeal. */
    private static final String ONLY = "1";
    private static final String VARIED_ON_APPEAL = "2";

    @AggregateIdentifier
    private DisciplinaryCaseId caseId;
    private DisciplinaryStage stage;
    private boolean teacher;
    /** The employee's own account, if linked: a conflict of interest, so they send nothing to their own case. */
    private String employeeUsername;
    private boolean concernsHarm;
    private boolean findingsRecorded;
    private LocalDate hearingOn;
    private Instant decidedAt;
    /** The outcome that stands: the hearing's, or the appeal's replacement; null once overturned. */
    private DisciplinaryOutcome standingOutcome;
    private Instant appealWindowClosesAt;
    private boolean appealWindowClosed;
    private boolean appealDecided;
    private boolean resigned;
    private boolean resignedBeforeOutcome;
    private boolean barringDecisionRecorded;
    @AggregateMember
    private final CaseDeadlines deadlines = new CaseDeadlines(CaseType.DISCIPLINARY);

    DisciplinaryCaseAggregate() {
        // for Axon, which rebuilds the case from its events
    }

    @CommandHandler
    DisciplinaryCaseAggregate(OpenDisciplinaryCase command,
                              @MetaDataValue(value = Meta.ACTOR, required = true) String actor) {
        requireActor(actor);
        if (actor.equals(command.employeeUsername())) {
            throw new SubjectOfCaseException(); // the API refuses it first, with a 400 on the field
        }
        apply(new DisciplinaryCaseOpened(command.caseId(), command.settingId(), command.employeeName(),
                command.employeePersonId(), command.isTeacher(), command.concernsHarmToChildren(),
                command.allegation(), command.linkedIncidentId(), actor, command.employeeUsername()));
    }

    /**
     * The employee sends nothing to their own case. The API hides the case from them first (from the case's first
     * event); this holds whatever the caller checked.
     */
    @CommandHandlerInterceptor
    void refuseTheEmployee(CommandMessage<?> command) {
        if (employeeUsername != null && employeeUsername.equals(command.getMetaData().get(Meta.ACTOR))) {
            throw new SubjectOfCaseException();
        }
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
    void handle(InviteToHearing command, DisciplinaryPolicy policy, WorkingCalendars calendars,
                DeadlineManager deadlineManager) {
        DisciplinaryTransitions.check(command, stage);
        // before any arithmetic: a date the scheduler cannot hold would be missed at once (issue 12)
        DateWindow.require("hearingOn", command.hearingOn());
        if (!findingsRecorded) {
            throw FINDINGS_BEFORE_HEARING.violation();
        }
        if (!command.rightToBeAccompaniedStated()) {
            throw RIGHT_TO_BE_ACCOMPANIED.violation();
        }
        LocalDate today = LocalDate.ofInstant(now(), WorkingCalendar.UK);
        LocalDate earliest = calendar(calendars).workingDaysAfter(today, policy.hearingNoticeDays());
        if (command.hearingOn() == null || command.hearingOn().isBefore(earliest)) {
            throw HEARING_NOTICE.violation(String.valueOf(policy.hearingNoticeDays()), earliest.toString());
        }
        apply(new InvitedToHearing(caseId, command.hearingOn(), true, today));
        // the hearing date is the key, so a schedule for a date since moved can never end the new one
        String key = command.hearingOn().toString();
        if (!deadlines.isPending(DeadlineKind.HEARING_NOTICE, key)) {
            deadlines.cancelAll(DeadlineKind.HEARING_NOTICE, "The hearing was moved to " + key + ".");
            deadlines.set(deadlineManager, DeadlineKind.HEARING_NOTICE, key, WorkingCalendar.endOf(command.hearingOn()));
        }
    }

    @CommandHandler
    void handle(RecordHearingHeld command) {
        DisciplinaryTransitions.check(command, stage);
        if (hearingOn != null && LocalDate.ofInstant(now(), WorkingCalendar.UK).isBefore(hearingOn)) {
            throw HEARING_NOT_HELD_YET.violation(hearingOn.toString());
        }
        apply(new HearingHeld(caseId, command.companion()));
        deadlines.meet(DeadlineKind.HEARING_NOTICE, hearingOn.toString());
    }

    @CommandHandler
    void handle(DecideOutcome command, DisciplinaryPolicy policy, WorkingCalendars calendars,
                DeadlineManager deadlineManager) {
        DisciplinaryTransitions.check(command, stage);
        Instant at = now();
        Instant windowEnd = command.outcome() == DisciplinaryOutcome.NO_ACTION ? null
                : calendar(calendars).endOfWorkingDaysAfter(at, policy.appealWindowDays());
        Instant expiry = policy.warningExpiry(command.outcome(), at);
        apply(new OutcomeDecided(caseId, command.outcome(), command.reasons(), at, windowEnd, expiry));
        if (windowEnd != null) {
            deadlines.set(deadlineManager, APPEAL_WINDOW, ONLY, windowEnd);
        }
        if (expiry != null) {
            deadlines.set(deadlineManager, WARNING_EXPIRY, ONLY, expiry);
        }
    }

    @CommandHandler
    void handle(LodgeAppeal command) {
        DisciplinaryTransitions.check(command, stage);
        if (standingOutcome == DisciplinaryOutcome.NO_ACTION) {
            throw NOTHING_TO_APPEAL.violation();
        }
        // the clock is checked too: a deadline delivered late must not let a late appeal in
        if (appealWindowClosed || now().isAfter(appealWindowClosesAt)) {
            throw APPEAL_WINDOW_CLOSED.violation(LocalDate.ofInstant(appealWindowClosesAt, WorkingCalendar.UK).toString());
        }
        apply(new AppealLodged(caseId, command.grounds()));
        deadlines.meet(APPEAL_WINDOW, ONLY);
    }

    @CommandHandler
    void handle(DecideAppeal command, DisciplinaryPolicy policy, DeadlineManager deadlineManager) {
        DisciplinaryTransitions.check(command, stage);
        if (appealDecided) {
            throw APPEAL_ALREADY_DECIDED.violation();
        }
        if ((command.decision() == AppealDecision.VARIED) != (command.variedOutcome() != null)) {
            throw VARIED_NEEDS_AN_OUTCOME.violation();
        }
        // a varied warning runs from the original outcome: the appeal replaces it, it does not restart it
        DisciplinaryOutcome standing = switch (command.decision()) {
            case UPHELD -> standingOutcome;
            case OVERTURNED -> null;
            case VARIED -> command.variedOutcome();
        };
        Instant expiry = policy.warningExpiry(standing, decidedAt);
        apply(new AppealDecided(caseId, command.decision(), command.variedOutcome(), command.reasons(), expiry));
        switch (command.decision()) {
            case UPHELD -> {
                // the warning's expiry, set with the outcome, still stands
            }
            case OVERTURNED -> deadlines.cancelAll(WARNING_EXPIRY, "The warning was overturned on appeal.");
            case VARIED -> {
                deadlines.cancelAll(WARNING_EXPIRY, "The outcome was varied on appeal.");
                if (expiry != null) {
                    deadlines.set(deadlineManager, WARNING_EXPIRY, VARIED_ON_APPEAL, expiry);
                }
            }
        }
    }

    @CommandHandler
    void handle(RecordResignation command) {
        DisciplinaryTransitions.check(command, stage);
        if (resigned) {
            throw ALREADY_RESIGNED.violation();
        }
        DateWindow.require("effectiveOn", command.effectiveOn());
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
        // a hearing that will not happen cannot be missed; the appeal window and a warning still end by themselves
        deadlines.cancelAll(DeadlineKind.HEARING_NOTICE, "The case was closed before the hearing.");
    }

    /** The calendar of the case's setting, as it is now (decision 0032). */
    private WorkingCalendar calendar(WorkingCalendars calendars) {
        return calendars.forSetting(deadlines.settingId());
    }

    /**
     * A deadline's time has come. The end of the appeal window closes it (if no appeal came first) and the end of
     * a warning's live period expires it (a business fact: on a closed case too); a hearing not held by its date
     * is missed. Anything met or cancelled in the meantime is no longer pending and ends nothing.
     */
    @DeadlineHandler(deadlineName = CaseDeadlines.DEADLINE_NAME)
    void deadlineReached(String deadlineId) {
        deadlines.pending(deadlineId).ifPresent(due -> {
            if (due.kind() == APPEAL_WINDOW) {
                closeAppealWindow();
            } else if (due.kind() == WARNING_EXPIRY) {
                apply(new WarningExpired(caseId, standingOutcome));
            }
        });
        deadlines.end(deadlineId);
    }

    private void closeAppealWindow() {
        if (stage == OUTCOME && !appealWindowClosed) {
            apply(new AppealWindowClosed(caseId));
        }
    }

    /** A schedule made under the old name; an appeal lodged since then leaves nothing to close. */
    @DeadlineHandler(deadlineName = LEGACY_APPEAL_WINDOW)
    void legacyAppealWindowEnded() {
        closeAppealWindow();
    }

    /**
     * A schedule made under the old name, when an appeal cancelled it: now it only expires a warning that still
     * stands and that no deadline of the current kind will expire.
     */
    @DeadlineHandler(deadlineName = LEGACY_WARNING_EXPIRY)
    void legacyWarningExpired(DisciplinaryOutcome outcome) {
        if (outcome == standingOutcome && !deadlines.hasPending(WARNING_EXPIRY)) {
            apply(new WarningExpired(caseId, outcome));
        }
    }

    @EventSourcingHandler
    void on(DisciplinaryCaseOpened event) {
        caseId = event.caseId();
        // HR answers for the case's deadlines: the HR user who opened it, or HR as a group when a DSL's referral
        // opened it (the referring DSL must not be told of, or answer for, the HR process)
        deadlines.identify(event.caseId().value(), event.settingId(),
                event.linkedIncidentId() == null ? event.openedBy() : null);
        stage = OPENED;
        employeeUsername = event.employeeUsername();
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
        hearingOn = event.hearingOn();
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
