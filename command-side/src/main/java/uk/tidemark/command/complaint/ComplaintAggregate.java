package uk.tidemark.command.complaint;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import uk.tidemark.command.deadline.CaseDeadlines;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.command.reference.CaseReferences;
import uk.tidemark.command.versioning.VersioningConfig;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.complaint.command.*;
import uk.tidemark.kernel.complaint.event.*;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.time.DateWindow;
import uk.tidemark.kernel.time.WrittenDates;
import uk.tidemark.kernel.complaint.ComplaintState;

import java.time.Instant;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.complaint.ComplaintRule.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.*;

/**
 * A complaint about a setting. Every handler asks {@link ComplaintTransitions} first, then checks its own rules
 * ({@link ComplaintRule}), then applies; the event-sourcing handlers only remember the state.
 *
 * <p>The timescales are computed here and carried by the events, so the deadline a complaint was given stays
 * fixed in its history even if the configured timescales or the calendar data change later. The timescales and
 * the calendar arrive as handler parameters (Spring beans, or the fixture's injectable resources) because an
 * event-sourced aggregate has no constructor of its own to inject them into.
 *
 * <p>Each timescale is also a deadline ({@link CaseDeadlines}) at the end of its last day, answerable to the user
 * who received the complaint: missed if the step is not taken by then, cancelled if the complaint is withdrawn or
 * closed first.
 */
@Aggregate(commandTargetResolver = VersioningConfig.TARGET_RESOLVER)
class ComplaintAggregate {

    /** A complaint has at most one deadline of each kind. */
    private static final String ONLY = "1";

    @AggregateIdentifier
    private ComplaintId complaintId;
    private ComplaintState state;
    /** Null only in a complaint received before references existed, until it is given one (decision 0038). */
    private String reference;
    private Instant receivedAt;
    /** The UK day the panel was asked for: its hearing cannot be earlier. */
    private LocalDate panelRequestedOn;
    /** The last day of the panel timescale, and the day the panel hearing is set for (null until it is set). */
    private LocalDate panelDueBy;
    private LocalDate panelHearingOn;
    /** What the letters tell (decision 0049). */
    private boolean responded;
    private boolean panelDecided;
    @AggregateMember
    private final CaseDeadlines deadlines = new CaseDeadlines(CaseType.COMPLAINT);

    ComplaintAggregate() {
        // for Axon, which rebuilds the complaint from its events
    }

    @CommandHandler
    ComplaintAggregate(ReceiveComplaint command, @MetaDataValue(value = Meta.ACTOR, required = true) String actor,
                       @MetaDataValue(Meta.REFERENCE) String reference,
                       ComplaintTimescales timescales, WorkingCalendars calendars, DeadlineManager deadlineManager,
                       CaseReferences references) {
        requireActor(actor);
        DateWindow.require("receivedOn", command.receivedOn());
        LocalDate receivedOn = command.receivedOn() == null ? today() : command.receivedOn();
        if (receivedOn.isAfter(today())) {
            throw RECEIVED_NOT_IN_THE_FUTURE.dateRefusal("receivedOn", "");
        }
        // the timescales count from the day the complaint reached the setting, not the day it was typed in
        LocalDate acknowledgeBy = calendars.schoolDaysAfter(command.settingId(), receivedOn,
                timescales.acknowledgeDays());
        apply(new ComplaintReceived(command.complaintId(), command.settingId(), command.channel(),
                command.complainant(), command.summary(), command.linkedIncidentId(), acknowledgeBy, actor,
                references.given(reference, command.settingId(), GenericEventMessage.clock.instant()), receivedOn));
        deadlines.identify(command.complaintId().value(), command.settingId(), actor);
        deadlines.set(deadlineManager, COMPLAINT_ACKNOWLEDGEMENT, ONLY, WorkingCalendar.endOf(acknowledgeBy));
    }

    /**
     * Axon 4.13 does not enforce {@code required = true} on aggregate command handlers (a missing value arrives
     * as null), so the actor is checked here for every command on an existing complaint, and in the constructor.
     */
    @CommandHandlerInterceptor
    void requireActor(CommandMessage<?> command) {
        requireActor(command.getMetaData().get(Meta.ACTOR));
    }

    private static void requireActor(Object actor) {
        if (!(actor instanceof String name) || name.isBlank()) {
            throw ACTOR_REQUIRED.violation();
        }
    }

    @CommandHandler
    void handle(AcknowledgeComplaint command) {
        ComplaintTransitions.check(command, state);
        apply(new ComplaintAcknowledged(complaintId));
        deadlines.meet(COMPLAINT_ACKNOWLEDGEMENT, ONLY);
    }

    @CommandHandler
    void handle(ResolveInformally command) {
        ComplaintTransitions.check(command, state);
        apply(new ComplaintResolvedInformally(complaintId, command.outcome()));
    }

    @CommandHandler
    void handle(EscalateToFormalStage command, ComplaintTimescales timescales, WorkingCalendars calendars,
                DeadlineManager deadlineManager) {
        ComplaintTransitions.check(command, state);
        LocalDate dueBy = schoolDaysAfter(calendars, timescales.formalResponseDays());
        apply(new EscalatedToFormalStage(complaintId, command.reason(), dueBy));
        deadlines.set(deadlineManager, COMPLAINT_RESPONSE, ONLY, WorkingCalendar.endOf(dueBy));
    }

    @CommandHandler
    void handle(RecordFormalResponse command) {
        ComplaintTransitions.check(command, state);
        apply(new FormalResponseRecorded(complaintId, command.findings(), command.reasons(), command.howToEscalate()));
        deadlines.meet(COMPLAINT_RESPONSE, ONLY);
    }

    @CommandHandler
    void handle(RequestPanel command, ComplaintTimescales timescales, WorkingCalendars calendars,
                DeadlineManager deadlineManager) {
        ComplaintTransitions.check(command, state);
        LocalDate dueBy = schoolDaysAfter(calendars, timescales.panelDays());
        apply(new PanelRequested(complaintId, command.reason(), dueBy));
        deadlines.set(deadlineManager, COMPLAINT_PANEL, ONLY, WorkingCalendar.endOf(dueBy));
    }

    @CommandHandler
    void handle(SchedulePanelHearing command) {
        ComplaintTransitions.check(command, state);
        DateWindow.require("hearingOn", command.hearingOn());
        LocalDate earliest = panelRequestedOn == null || panelRequestedOn.isBefore(today()) ? today() : panelRequestedOn;
        if (command.hearingOn() == null || command.hearingOn().isBefore(earliest)) {
            throw PANEL_SET_AFTER_ITS_REQUEST.dateRefusal("hearingOn",
                    WrittenDates.day(panelRequestedOn == null ? earliest : panelRequestedOn));
        }
        if (command.hearingOn().equals(panelHearingOn)) {
            return; // set for that day already: nothing changes
        }
        apply(new PanelHearingScheduled(complaintId, command.hearingOn(),
                panelDueBy == null || !command.hearingOn().isAfter(panelDueBy)));
    }

    @CommandHandler
    void handle(RecordPanelHearing command) {
        ComplaintTransitions.check(command, state);
        DateWindow.require("heldOn", command.heldOn());
        if (command.heldOn() == null || command.heldOn().isAfter(today())) {
            throw HEARING_NOT_IN_THE_FUTURE.violation();
        }
        if (panelRequestedOn != null && command.heldOn().isBefore(panelRequestedOn)) {
            throw PANEL_MET_AFTER_ITS_REQUEST.dateRefusal("heldOn", WrittenDates.day(panelRequestedOn));
        }
        if (panelHearingOn != null && command.heldOn().isBefore(panelHearingOn)) {
            throw PANEL_HELD_ON_OR_AFTER_ITS_DATE.dateRefusal("heldOn", WrittenDates.day(panelHearingOn));
        }
        apply(new PanelHearingRecorded(complaintId, command.heldOn(), command.panelMembers()));
        deadlines.meet(COMPLAINT_PANEL, ONLY);
    }

    @CommandHandler
    void handle(RecordPanelDecision command) {
        ComplaintTransitions.check(command, state);
        apply(new PanelDecisionRecorded(complaintId, command.decision(), command.reasons()));
        deadlines.meet(COMPLAINT_PANEL, ONLY);
    }

    /** A letter generated from the complaint was sent: recorded once what it tells has happened (decision 0049). */
    @CommandHandler
    void handle(RecordComplaintLetterSent command) {
        ComplaintTransitions.check(command, state);
        boolean told = command.kind() != null && command.kind().caseType() == CaseType.COMPLAINT
                && switch (command.kind()) {
                    case COMPLAINT_RESPONSE -> responded;
                    case PANEL_DECISION -> panelDecided;
                    default -> true;
                };
        if (!told) {
            throw LETTER_FROM_THE_COMPLAINT.violation();
        }
        apply(new ComplaintLetterSent(complaintId, command.kind(), command.sha256()));
    }

    @CommandHandler
    void handle(CloseComplaint command) {
        ComplaintTransitions.check(command, state);
        apply(new ComplaintClosed(complaintId, command.rationale()));
        deadlines.cancelAll("The complaint was closed.");
    }

    @CommandHandler
    void handle(WithdrawComplaint command) {
        ComplaintTransitions.check(command, state);
        apply(new ComplaintWithdrawn(complaintId, command.reason()));
        deadlines.cancelAll("The complaint was withdrawn.");
    }

    /** A timescale's last day has ended: a step still pending is missed (one taken meanwhile is not pending). */
    @DeadlineHandler(deadlineName = CaseDeadlines.DEADLINE_NAME)
    void deadlineReached(String deadlineId) {
        deadlines.end(deadlineId);
    }

    /** The {@code n}-th school day from today on the complaint's setting's calendar and terms (decisions 0032, 0048). */
    private LocalDate schoolDaysAfter(WorkingCalendars calendars, int n) {
        return calendars.schoolDaysAfter(deadlines.settingId(), today(), n);
    }


    /**
     * The UK date of the event about to be applied. Axon stamps events from {@link GenericEventMessage#clock},
     * so counting from it keeps a deadline consistent with its event's timestamp (the demo seeder and the test
     * fixture both move that clock).
     */
    private static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), WorkingCalendar.UK);
    }

    @CommandHandler
    void handle(AssignComplaintReference command, CaseReferences references) {
        ComplaintTransitions.check(command, state);
        references.forOldCase(reference, deadlines.settingId(), receivedAt).ifPresent(given -> apply(new ComplaintReferenceAssigned(complaintId, given)));
    }

    @EventSourcingHandler
    void on(ComplaintReferenceAssigned event) {
        reference = event.reference();
    }

    @EventSourcingHandler
    void on(ComplaintReceived event, @Timestamp Instant at) {
        complaintId = event.complaintId();
        reference = event.reference();
        receivedAt = at;
        deadlines.identify(event.complaintId().value(), event.settingId(), event.receivedBy());
        state = ComplaintState.RECEIVED;
    }

    @EventSourcingHandler
    void on(ComplaintAcknowledged event) {
        state = ComplaintState.ACKNOWLEDGED;
    }

    @EventSourcingHandler
    void on(ComplaintResolvedInformally event) {
        state = ComplaintState.INFORMAL;
    }

    @EventSourcingHandler
    void on(EscalatedToFormalStage event) {
        state = ComplaintState.FORMAL;
    }

    @EventSourcingHandler
    void on(FormalResponseRecorded event) {
        state = ComplaintState.RESPONDED;
        responded = true;
    }

    @EventSourcingHandler
    void on(PanelRequested event, @Timestamp Instant at) {
        state = ComplaintState.PANEL_REQUESTED;
        panelRequestedOn = LocalDate.ofInstant(at, WorkingCalendar.UK);
        panelDueBy = event.panelDueBy();
    }

    @EventSourcingHandler
    void on(PanelHearingScheduled event) {
        panelHearingOn = event.hearingOn();
    }

    @EventSourcingHandler
    void on(PanelHearingRecorded event) {
        state = ComplaintState.HEARD;
    }

    @EventSourcingHandler
    void on(PanelDecisionRecorded event) {
        state = ComplaintState.DECIDED;
        panelDecided = true;
    }

    @EventSourcingHandler
    void on(ComplaintClosed event) {
        state = ComplaintState.CLOSED;
    }

    @EventSourcingHandler
    void on(ComplaintWithdrawn event) {
        state = ComplaintState.WITHDRAWN;
    }
}
