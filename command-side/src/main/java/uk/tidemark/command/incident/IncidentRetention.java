package uk.tidemark.command.incident;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import uk.tidemark.command.deadline.CaseDeadlines;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.kernel.ErasureGround;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.incident.Agency;
import uk.tidemark.kernel.incident.AllegationRoute;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.command.*;
import uk.tidemark.kernel.incident.event.*;
import uk.tidemark.kernel.time.DateWindow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.incident.IncidentRule.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.RETENTION_REVIEW;

/**
 * The case's place in the retention schedule (decision 0052), a part of {@link IncidentAggregate}: the review set
 * when it closes, a legal hold, a destruction asked for by one lead and confirmed by another, and the erasure that
 * ends the case's life. The review is a {@code RETENTION_REVIEW} deadline keyed by its date, so a review moved by
 * keeping the case longer never meets the schedule of the one it replaced.
 */
class IncidentRetention {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final IncidentAggregate incident;
    private final CaseDeadlines deadlines;
    private LocalDate reportedOn;
    private boolean childProtection;
    /** The date of the pending review, or null while the case is open. */
    private LocalDate reviewOn;
    private boolean held;
    private ErasureGround requestedGround;
    private String requestedBy;
    private LocalDate erasedOn;
    private ErasureGround erasedUnder;

    IncidentRetention(IncidentAggregate incident, CaseDeadlines deadlines) {
        this.incident = incident;
        this.deadlines = deadlines;
    }

    /** Refuses any command to a case whose content was destroyed, with the date and ground. */
    void refuseIfErased() {
        if (erasedOn != null) {
            throw ERASED.violation(DAY.format(erasedOn), erasedUnder.words());
        }
    }

    /** The case has just closed: the schedule sets its review, on the first working day on or after its date. */
    void scheduleReview(AllegationRoute route, RetentionSchedule schedule, WorkingCalendars calendars,
                        DeadlineManager deadlineManager) {
        LocalDate today = LocalDate.ofInstant(IncidentAggregate.now(), WorkingCalendar.UK);
        RetentionSchedule.Review review = schedule.reviewOf(reportedOn == null ? today : reportedOn, today,
                childProtection, route != null && route != AllegationRoute.NONE);
        apply(new RetentionScheduled(incident.id(), review.rule(), review.on()));
        setReview(review.on(), calendars, deadlineManager);
    }

    /** The case was reopened: its retention starts again when it closes again. */
    void cancelReview(String reason) {
        deadlines.cancelAll(RETENTION_REVIEW, reason);
    }

    private void setReview(LocalDate on, WorkingCalendars calendars, DeadlineManager deadlineManager) {
        Instant due = WorkingCalendar.endOf(incident.calendar(calendars).workingDayOnOrAfter(on));
        deadlines.set(deadlineManager, RETENTION_REVIEW, on.toString(), due);
    }

    @CommandHandler
    void handle(RequestDestruction command, @MetaDataValue(value = Meta.ACTOR, required = true) String actor) {
        IncidentTransitions.check(command, incident.state());
        if (held) {
            throw DESTRUCTION_WHILE_HELD.violation();
        }
        if (requestedBy != null) {
            throw DESTRUCTION_ALREADY_REQUESTED.violation();
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw DESTRUCTION_NEEDS_A_REASON.violation();
        }
        ErasureGround ground = command.ground() == null ? ErasureGround.RETENTION_SCHEDULE : command.ground();
        apply(new DestructionRequested(incident.id(), ground, command.reason().strip(), actor));
    }

    @CommandHandler
    ErasureGround handle(ConfirmDestruction command, @MetaDataValue(value = Meta.ACTOR, required = true) String actor) {
        IncidentTransitions.check(command, incident.state());
        if (requestedBy == null) {
            throw NOTHING_TO_CONFIRM.violation();
        }
        if (held) {
            throw CONFIRMATION_WHILE_HELD.violation();
        }
        if (requestedBy.equals(actor)) {
            throw CONFIRMED_BY_ANOTHER_LEAD.violation();
        }
        if (command.ground() != null && command.ground() != requestedGround) {
            throw CONFIRMATION_ON_THE_REQUESTS_GROUND.violation();
        }
        ErasureGround ground = requestedGround;
        LocalDate review = reviewOn;
        apply(new IncidentContentDestroyed(incident.id(), ground));
        if (review != null) {
            deadlines.meet(RETENTION_REVIEW, review.toString());
        }
        return ground; // the ground the key is destroyed on, in this command's transaction
    }

    @CommandHandler
    void handle(PlaceLegalHold command) {
        IncidentTransitions.check(command, incident.state());
        if (held) {
            throw ALREADY_HELD.violation();
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw HOLD_NEEDS_A_REASON.violation();
        }
        // the review stays set: when it comes, the lead sees the case is held
        apply(new LegalHoldPlaced(incident.id(), command.reason().strip()));
    }

    @CommandHandler
    void handle(LiftLegalHold command) {
        IncidentTransitions.check(command, incident.state());
        if (!held) {
            throw NOT_HELD.violation();
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw LIFT_NEEDS_A_REASON.violation();
        }
        apply(new LegalHoldLifted(incident.id(), command.reason().strip()));
    }

    @CommandHandler
    void handle(ExtendRetention command, WorkingCalendars calendars, DeadlineManager deadlineManager) {
        IncidentTransitions.check(command, incident.state());
        if (command.reason() == null || command.reason().isBlank()) {
            throw EXTENSION_NEEDS_A_REASON.violation();
        }
        DateWindow.require("until", command.until());
        LocalDate today = LocalDate.ofInstant(IncidentAggregate.now(), WorkingCalendar.UK);
        LocalDate current = reviewOn == null ? today : reviewOn;
        if (command.until() == null || !command.until().isAfter(today) || !command.until().isAfter(current)) {
            throw EXTENSION_AFTER_TODAY.violation(DAY.format(current));
        }
        LocalDate previous = reviewOn;
        apply(new RetentionExtended(incident.id(), command.until(), command.reason().strip()));
        if (previous != null) {
            deadlines.meet(RETENTION_REVIEW, previous.toString());
        }
        setReview(command.until(), calendars, deadlineManager);
    }

    @EventSourcingHandler
    void on(IncidentLogged event, @Timestamp Instant at) {
        reportedOn = LocalDate.ofInstant(at, WorkingCalendar.UK);
        childProtection = event.immediateRisk() || event.category() == Category.INAPPROPRIATE_CONTACT;
    }

    @EventSourcingHandler
    void on(CategoryChanged event) {
        childProtection |= event.to() == Category.INAPPROPRIATE_CONTACT;
    }

    @EventSourcingHandler
    void on(EscalatedToPolice event) {
        childProtection = true;
    }

    @EventSourcingHandler
    void on(ReferredToAgency event) {
        childProtection |= event.agency() == Agency.CHILDRENS_SOCIAL_CARE || event.agency() == Agency.CEOP;
    }

    @EventSourcingHandler
    void on(RetentionScheduled event) {
        reviewOn = event.reviewOn();
    }

    @EventSourcingHandler
    void on(RetentionExtended event) {
        reviewOn = event.until();
    }

    @EventSourcingHandler
    void on(IncidentReopened event) {
        reviewOn = null;
        requestedBy = null;
        requestedGround = null;
    }

    @EventSourcingHandler
    void on(LegalHoldPlaced event) {
        held = true;
    }

    @EventSourcingHandler
    void on(LegalHoldLifted event) {
        held = false;
    }

    @EventSourcingHandler
    void on(DestructionRequested event) {
        requestedBy = event.requestedBy();
        requestedGround = event.ground();
    }

    @EventSourcingHandler
    void on(IncidentContentDestroyed event, @Timestamp Instant at) {
        erasedOn = LocalDate.ofInstant(at, WorkingCalendar.UK);
        erasedUnder = event.ground();
        requestedBy = null;
    }
}
