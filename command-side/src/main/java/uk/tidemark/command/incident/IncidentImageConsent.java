package uk.tidemark.command.incident;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import uk.tidemark.command.consent.ImageRemovalTimescale;
import uk.tidemark.command.deadline.CaseDeadlines;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.ContentAction;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.command.NoteOptedOutPupil;
import uk.tidemark.kernel.incident.event.CategoryChanged;
import uk.tidemark.kernel.incident.event.ContentActionRecorded;
import uk.tidemark.kernel.incident.event.IncidentLogged;
import uk.tidemark.kernel.incident.event.OptedOutPupilNoted;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.kernel.deadline.DeadlineKind.IMAGE_REMOVAL;

/**
 * The image consent register's hold on an image-consent-breach case (issue 18, seed 000 "prompt removal of
 * unauthorized photos"): a pupil the case names who may not be shown as the post shows them is noted once, and the
 * case gets an image removal deadline (the end of the next working day by default), met by a content action that
 * takes the image down ({@link #removes}). A part of {@link IncidentAggregate} (an Axon aggregate member) that keeps
 * its own memory of the case's categories, so the rest of the case is untouched.
 */
class IncidentImageConsent {

    static final String NOT_A_BREACH = "This case is not about a breach of image consent; the register is not "
            + "noted on it.";
    static final String NOT_ON_THE_CASE = "This pupil is not named on the case.";
    static final String NOT_RESTRICTED = "This pupil's image consent restricts nothing; there is nothing to note.";
    static final String CLOSED = "This case is closed; reopen it before noting the image consent register on it.";

    private final IncidentAggregate incident;
    private final CaseDeadlines deadlines;
    private final Set<PersonId> noted = new HashSet<>();
    private boolean breach;
    private boolean removalSet;
    private boolean removed;

    IncidentImageConsent(IncidentAggregate incident, CaseDeadlines deadlines) {
        this.incident = incident;
        this.deadlines = deadlines;
    }

    /** The content actions that take an image down, and so meet its removal deadline. */
    static boolean removes(ContentAction action) {
        return action == ContentAction.POST_DELETED || action == ContentAction.POST_HIDDEN
                || action == ContentAction.REMOVAL_REQUESTED;
    }

    @CommandHandler
    void handle(NoteOptedOutPupil command, ImageRemovalTimescale timescale, WorkingCalendars calendars,
                DeadlineManager deadlineManager) {
        if (command.personId() != null && noted.contains(command.personId())) {
            return; // noted already: a redelivered event, or a second look at the same pupil
        }
        IncidentTransitions.check(command, incident.state()); // a closed case refuses it (CLOSED)
        if (!breach) {
            throw new IncidentRuleViolation(NOT_A_BREACH);
        }
        if (command.personId() == null || !incident.isOnCase(command.personId())) {
            throw new IncidentRuleViolation(NOT_ON_THE_CASE);
        }
        if (command.allowed() == null || !command.allowed().restricts()) {
            throw new IncidentRuleViolation(NOT_RESTRICTED);
        }
        Instant dueAt = removalSet || removed ? null
                : incident.calendar(calendars).endOfWorkingDaysAfter(IncidentAggregate.now(), timescale.workingDays());
        apply(new OptedOutPupilNoted(incident.id(), command.personId(), command.allowed(), dueAt));
        if (dueAt != null) {
            deadlines.set(deadlineManager, IMAGE_REMOVAL, IncidentAggregate.ONLY, dueAt);
        }
    }

    /** After a content action: one that takes the image down meets the removal deadline, if one is pending. */
    void contentActed(ContentAction action) {
        if (removes(action)) {
            deadlines.meet(IMAGE_REMOVAL, IncidentAggregate.ONLY);
        }
    }

    @EventSourcingHandler
    void on(IncidentLogged event) {
        breach = event.category() == Category.IMAGE_CONSENT_BREACH;
    }

    @EventSourcingHandler
    void on(CategoryChanged event) {
        List<Category> others = event.secondaryTo() == null ? List.of() : event.secondaryTo();
        breach = event.to() == Category.IMAGE_CONSENT_BREACH || others.contains(Category.IMAGE_CONSENT_BREACH);
    }

    @EventSourcingHandler
    void on(ContentActionRecorded event) {
        removed |= removes(event.action());
    }

    @EventSourcingHandler
    void on(OptedOutPupilNoted event) {
        noted.add(event.personId());
        removalSet |= event.removalDueAt() != null;
    }
}
