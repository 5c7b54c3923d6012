package uk.tidemark.command.disciplinary;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import uk.tidemark.command.deadline.CaseDeadlines;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.kernel.disciplinary.AppealDecision;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.disciplinary.command.DecideAppeal;
import uk.tidemark.kernel.disciplinary.command.DecideOutcome;
import uk.tidemark.kernel.disciplinary.command.LodgeAppeal;
import uk.tidemark.kernel.disciplinary.event.AppealDecided;
import uk.tidemark.kernel.disciplinary.event.AppealLodged;
import uk.tidemark.kernel.disciplinary.event.AppealWindowClosed;
import uk.tidemark.kernel.disciplinary.event.OutcomeDecided;
import uk.tidemark.kernel.disciplinary.event.WarningExpired;

import uk.tidemark.kernel.time.WrittenDates;

import java.time.Instant;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.disciplinary.DisciplinaryRule.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.APPEAL_WINDOW;
import static uk.tidemark.kernel.deadline.DeadlineKind.WARNING_EXPIRY;
import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.APPEAL;
import static uk.tidemark.kernel.disciplinary.DisciplinaryStage.OUTCOME;

/**
 * The outcome of the hearing and the appeal against it: the outcome that stands, the appeal window that follows
 * it and a written warning's live period, both of which end by themselves. A part of
 * {@link DisciplinaryCaseAggregate} (an Axon aggregate member): the case's transition table still decides first;
 * the case receives the deadlines when they come and asks this part what they end, and whether it may close.
 */
class DisciplinaryOutcomeAndAppeal {

    /** The key of a deadline a case holds at most one of, and of the warning that replaces it on a varied appeal. */
    private static final String ONLY = "1";
    private static final String VARIED_ON_APPEAL = "2";

    private final DisciplinaryCaseAggregate disciplinaryCase;
    private final CaseDeadlines deadlines;
    private Instant decidedAt;
    /** The outcome that stands: the hearing's, or the appeal's replacement; null once overturned. */
    private DisciplinaryOutcome standingOutcome;
    private Instant appealWindowClosesAt;
    private boolean appealWindowClosed;
    private boolean appealDecided;

    DisciplinaryOutcomeAndAppeal(DisciplinaryCaseAggregate disciplinaryCase, CaseDeadlines deadlines) {
        this.disciplinaryCase = disciplinaryCase;
        this.deadlines = deadlines;
    }

    /** Whether the outcome that stands dismisses the employee: a harm case then needs a barring decision. */
    boolean dismissed() {
        return standingOutcome != null && standingOutcome.isDismissal();
    }

    @CommandHandler
    void handle(DecideOutcome command, DisciplinaryPolicy policy, WorkingCalendars calendars,
                DeadlineManager deadlineManager) {
        DisciplinaryTransitions.check(command, disciplinaryCase.stage());
        Instant at = DisciplinaryCaseAggregate.now();
        Instant windowEnd = command.outcome() == DisciplinaryOutcome.NO_ACTION ? null
                : disciplinaryCase.calendar(calendars).endOfWorkingDaysAfter(at, policy.appealWindowDays());
        Instant expiry = policy.warningExpiry(command.outcome(), at);
        apply(new OutcomeDecided(disciplinaryCase.id(), command.outcome(), command.reasons(), at, windowEnd, expiry));
        if (windowEnd != null) {
            deadlines.set(deadlineManager, APPEAL_WINDOW, ONLY, windowEnd);
        }
        if (expiry != null) {
            deadlines.set(deadlineManager, WARNING_EXPIRY, ONLY, expiry);
        }
    }

    @CommandHandler
    void handle(LodgeAppeal command) {
        DisciplinaryTransitions.check(command, disciplinaryCase.stage());
        if (standingOutcome == DisciplinaryOutcome.NO_ACTION) {
            throw NOTHING_TO_APPEAL.violation();
        }
        // the clock is checked too: a deadline delivered late must not let a late appeal in
        if (appealWindowClosed || DisciplinaryCaseAggregate.now().isAfter(appealWindowClosesAt)) {
            throw APPEAL_WINDOW_CLOSED.violation(WrittenDates.day(LocalDate.ofInstant(appealWindowClosesAt, WorkingCalendar.UK)));
        }
        apply(new AppealLodged(disciplinaryCase.id(), command.grounds()));
        deadlines.meet(APPEAL_WINDOW, ONLY);
    }

    @CommandHandler
    void handle(DecideAppeal command, DisciplinaryPolicy policy, DeadlineManager deadlineManager) {
        DisciplinaryTransitions.check(command, disciplinaryCase.stage());
        if (appealDecided) {
            throw APPEAL_ALREADY_DECIDED.violation();
        }
        if (command.decision() == AppealDecision.UPHELD) {
            throw APPEAL_DECISION_IN_ACAS_TERMS.violation();
        }
        if ((command.decision() == AppealDecision.VARIED) != (command.variedOutcome() != null)) {
            throw VARIED_NEEDS_AN_OUTCOME.violation();
        }
        // a varied warning runs from the original outcome: the appeal replaces it, it does not restart it
        DisciplinaryOutcome standing = switch (command.decision()) {
            case NOT_UPHELD, UPHELD -> standingOutcome;
            case OVERTURNED -> null;
            case VARIED -> command.variedOutcome();
        };
        Instant expiry = policy.warningExpiry(standing, decidedAt);
        apply(new AppealDecided(disciplinaryCase.id(), command.decision(), command.variedOutcome(), command.reasons(),
                expiry));
        switch (command.decision()) {
            case NOT_UPHELD, UPHELD -> {
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

    /** A case closes neither while its appeal window is open nor while an appeal lodged in it is undecided. */
    void requireNothingPendingBeforeClosing() {
        if (disciplinaryCase.stage() == OUTCOME && appealWindowClosesAt != null && !appealWindowClosed
                && !DisciplinaryCaseAggregate.now().isAfter(appealWindowClosesAt)) {
            throw APPEAL_WINDOW_OPEN.violation(WrittenDates.day(LocalDate.ofInstant(appealWindowClosesAt, WorkingCalendar.UK)));
        }
        if (disciplinaryCase.stage() == APPEAL && !appealDecided) {
            throw APPEAL_UNDECIDED.violation();
        }
    }

    /** The end of the appeal window closes it, unless an appeal came first or it is closed already. */
    void closeAppealWindow() {
        if (disciplinaryCase.stage() == OUTCOME && !appealWindowClosed) {
            apply(new AppealWindowClosed(disciplinaryCase.id()));
        }
    }

    /** The end of a warning's live period expires the outcome that stands: a business fact, on a closed case too. */
    void expireWarning() {
        apply(new WarningExpired(disciplinaryCase.id(), standingOutcome));
    }

    /**
     * A schedule made under the old name, when an appeal cancelled it: now it only expires a warning that still
     * stands and that no deadline of the current kind will expire.
     */
    void expireLegacyWarning(DisciplinaryOutcome outcome) {
        if (outcome == standingOutcome && !deadlines.hasPending(WARNING_EXPIRY)) {
            apply(new WarningExpired(disciplinaryCase.id(), outcome));
        }
    }

    @EventSourcingHandler
    void on(OutcomeDecided event) {
        standingOutcome = event.outcome();
        decidedAt = event.decidedAt();
        appealWindowClosesAt = event.appealWindowClosesAt();
    }

    @EventSourcingHandler
    void on(AppealWindowClosed event) {
        appealWindowClosed = true;
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
}
