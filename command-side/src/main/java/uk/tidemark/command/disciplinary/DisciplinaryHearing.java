package uk.tidemark.command.disciplinary;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import uk.tidemark.command.deadline.CaseDeadlines;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.disciplinary.command.InviteToHearing;
import uk.tidemark.kernel.disciplinary.command.RecordHearingHeld;
import uk.tidemark.kernel.disciplinary.event.HearingHeld;
import uk.tidemark.kernel.disciplinary.event.InvestigationFindingsRecorded;
import uk.tidemark.kernel.disciplinary.event.InvitedToHearing;
import uk.tidemark.kernel.time.DateWindow;
import uk.tidemark.kernel.time.WrittenDates;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.disciplinary.DisciplinaryRule.*;

/**
 * The disciplinary hearing: the invitation, which needs the investigation's findings, the right to be accompanied
 * and the policy's notice, and the hearing held on or after its date, which must happen by that date
 * (HEARING_NOTICE). A part of {@link DisciplinaryCaseAggregate} (an Axon aggregate member): the case's transition
 * table still decides first, and the case cancels the hearing's deadline when it closes before the hearing.
 */
class DisciplinaryHearing {

    private final DisciplinaryCaseAggregate disciplinaryCase;
    private final CaseDeadlines deadlines;
    private boolean findingsRecorded;
    private LocalDate hearingOn;

    DisciplinaryHearing(DisciplinaryCaseAggregate disciplinaryCase, CaseDeadlines deadlines) {
        this.disciplinaryCase = disciplinaryCase;
        this.deadlines = deadlines;
    }

    @CommandHandler
    void handle(InviteToHearing command, DisciplinaryPolicy policy, WorkingCalendars calendars,
                DeadlineManager deadlineManager) {
        DisciplinaryTransitions.check(command, disciplinaryCase.stage());
        // before any arithmetic: a date the scheduler cannot hold would be missed at once (issue 12)
        DateWindow.require("hearingOn", command.hearingOn());
        if (!findingsRecorded) {
            throw FINDINGS_BEFORE_HEARING.violation();
        }
        if (!command.rightToBeAccompaniedStated()) {
            throw RIGHT_TO_BE_ACCOMPANIED.violation();
        }
        LocalDate today = LocalDate.ofInstant(DisciplinaryCaseAggregate.now(), WorkingCalendar.UK);
        LocalDate earliest = disciplinaryCase.calendar(calendars).workingDaysAfter(today, policy.hearingNoticeDays());
        if (command.hearingOn() == null || command.hearingOn().isBefore(earliest)) {
            throw HEARING_NOTICE.violation(String.valueOf(policy.hearingNoticeDays()), WrittenDates.day(earliest));
        }
        apply(new InvitedToHearing(disciplinaryCase.id(), command.hearingOn(), true, today, command.hearingAt(),
                command.place() == null || command.place().isBlank() ? null : command.place().strip()));
        // the hearing date is the key, so a schedule for a date since moved can never end the new one
        String key = command.hearingOn().toString();
        if (!deadlines.isPending(DeadlineKind.HEARING_NOTICE, key)) {
            deadlines.cancelAll(DeadlineKind.HEARING_NOTICE, "The hearing was moved to " + WrittenDates.day(command.hearingOn()) + ".");
            deadlines.set(deadlineManager, DeadlineKind.HEARING_NOTICE, key, WorkingCalendar.endOf(command.hearingOn()));
        }
    }

    @CommandHandler
    void handle(RecordHearingHeld command) {
        DisciplinaryTransitions.check(command, disciplinaryCase.stage());
        DateWindow.require("heldOn", command.heldOn());
        LocalDate today = LocalDate.ofInstant(DisciplinaryCaseAggregate.now(), WorkingCalendar.UK);
        LocalDate heldOn = command.heldOn() == null ? today : command.heldOn();
        if (heldOn.isAfter(today)) {
            throw HEARING_HELD_NOT_IN_THE_FUTURE.violation();
        }
        if (hearingOn != null && heldOn.isBefore(hearingOn)) {
            throw new HearingBeforeItsDate(hearingOn, heldOn);
        }
        apply(new HearingHeld(disciplinaryCase.id(), command.companion(), heldOn));
        deadlines.meet(DeadlineKind.HEARING_NOTICE, hearingOn.toString());
    }

    @EventSourcingHandler
    void on(InvestigationFindingsRecorded event) {
        findingsRecorded = true;
    }

    @EventSourcingHandler
    void on(InvitedToHearing event) {
        hearingOn = event.hearingOn();
    }
}
