package uk.tidemark.command.incident;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import uk.tidemark.command.deadline.CaseDeadlines;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.kernel.incident.WarningId;
import uk.tidemark.kernel.incident.command.IssueWarning;
import uk.tidemark.kernel.incident.command.RecordWarningResponse;
import uk.tidemark.kernel.incident.event.WarningIssued;
import uk.tidemark.kernel.incident.event.WarningResponseRecorded;
import uk.tidemark.kernel.time.DateWindow;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.incident.IncidentRule.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.WARNING_RESPONSE;

/**
 * The warnings an incident case gives to people on it, and the response to each, due five working days later
 * unless a date is given. A part of {@link IncidentAggregate} (an Axon aggregate member): the case's transition
 * table still decides first; a warning left unanswered is recorded when its deadline comes, by the case.
 */
class IncidentWarnings {

    /** BRIEF.md: a warning's response is due in five working days unless a date is given. */
    static final int DEFAULT_RESPONSE_WORKING_DAYS = 5;

    private final IncidentAggregate incident;
    private final CaseDeadlines deadlines;
    private final Set<WarningId> warnings = new HashSet<>();
    private final Set<WarningId> answered = new HashSet<>();

    IncidentWarnings(IncidentAggregate incident, CaseDeadlines deadlines) {
        this.incident = incident;
        this.deadlines = deadlines;
    }

    @CommandHandler
    void handle(IssueWarning command, WorkingCalendars calendars, DeadlineManager deadlineManager) {
        IncidentTransitions.check(command, incident.state());
        if (warnings.contains(command.warningId())) {
            throw WARNING_ALREADY_RECORDED.violation();
        }
        if (!incident.isOnCase(command.personId())) {
            throw WARNING_NAMES_A_PERSON_ON_THE_CASE.violation();
        }
        // before the deadline arithmetic: a date the scheduler cannot hold would fire at once (issue 12)
        DateWindow.require("responseDueBy", command.responseDueBy());
        apply(new WarningIssued(incident.id(), command.warningId(), command.personId(), command.kind(),
                command.channel(), command.text(), command.responseDueBy()));
        Instant dueAt = command.responseDueBy() != null ? WorkingCalendar.endOf(command.responseDueBy())
                : incident.calendar(calendars).endOfWorkingDaysAfter(IncidentAggregate.now(),
                        DEFAULT_RESPONSE_WORKING_DAYS);
        deadlines.set(deadlineManager, WARNING_RESPONSE, command.warningId().value(), dueAt);
    }

    @CommandHandler
    void handle(RecordWarningResponse command) {
        IncidentTransitions.check(command, incident.state());
        if (!warnings.contains(command.warningId())) {
            throw NO_SUCH_WARNING.violation();
        }
        if (answered.contains(command.warningId())) {
            throw RESPONSE_ALREADY_RECORDED.violation();
        }
        apply(new WarningResponseRecorded(incident.id(), command.warningId(), command.response(), command.note()));
        deadlines.meet(WARNING_RESPONSE, command.warningId().value());
    }

    @EventSourcingHandler
    void on(WarningIssued event) {
        warnings.add(event.warningId());
    }

    @EventSourcingHandler
    void on(WarningResponseRecorded event) {
        answered.add(event.warningId());
    }
}
