package uk.tidemark.command.consent;

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
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.consent.*;
import uk.tidemark.kernel.consent.command.*;
import uk.tidemark.kernel.consent.event.*;
import uk.tidemark.kernel.time.DateWindow;

import java.time.LocalDate;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.consent.ImageConsentRule.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.CONSENT_REVIEW;

/**
 * A pupil's entry in a setting's image consent register (issue 18, decision 0050): what their parents allow to be
 * published, where that came from, since when, and the annual review. Every handler asks
 * {@link ImageConsentTransitions} first, then its own rules ({@link ImageConsentRule}), then applies.
 *
 * <p>The review is a {@link CaseDeadlines} deadline, keyed by its day, at the end of the first working day of the
 * setting's calendar on or after a year from the day consent was given (or last reviewed), answerable to the
 * setting's DSLs. A change or a review meets it and sets the next; ending the entry cancels it.
 */
@Aggregate(commandTargetResolver = VersioningConfig.TARGET_RESOLVER)
class ImageConsentAggregate {

    @AggregateIdentifier
    private ConsentRecordId recordId;
    private ImageConsentState state;
    private ImageAllowance allowed;
    private ConsentSource source;
    private LocalDate givenOn;
    private LocalDate reviewBy;
    @AggregateMember
    private final CaseDeadlines deadlines = new CaseDeadlines(CaseType.IMAGE_CONSENT);

    ImageConsentAggregate() {
        // for Axon, which rebuilds the entry from its events
    }

    @CommandHandler
    ImageConsentAggregate(RecordImageConsent command, @MetaDataValue(value = Meta.ACTOR, required = true) String actor,
                          WorkingCalendars calendars, DeadlineManager deadlineManager) {
        requireActor(actor);
        if (command.settingId() == null || command.personId() == null || blank(command.pupilName())
                || command.allowed() == null || command.source() == null
                || !ConsentRecordId.of(command.settingId(), command.personId()).equals(command.recordId())) {
            throw WHAT_IS_ALLOWED.violation();
        }
        LocalDate given = dayGiven("givenOn", command.givenOn(), null);
        LocalDate due = reviewDue(calendars, command.settingId(), given);
        apply(new ImageConsentRecorded(command.recordId(), command.settingId(), command.personId(),
                command.pupilName().strip(), command.allowed(), command.source(), given, strip(command.note()), due,
                actor));
        deadlines.identify(command.recordId().value(), command.settingId(), null);
        deadlines.set(deadlineManager, CONSENT_REVIEW, due.toString(), WorkingCalendar.endOf(due));
    }

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
    void handle(ChangeImageConsent command, WorkingCalendars calendars, DeadlineManager deadlineManager) {
        ImageConsentTransitions.check(command, state);
        if (command.allowed() == null || command.source() == null) {
            throw CHANGE_CHANGES_SOMETHING.violation();
        }
        LocalDate given = dayGiven("givenOn", command.givenOn(), null);
        boolean restarted = state == ImageConsentState.ENDED;
        if (!restarted && command.allowed() == allowed && command.source() == source && given.equals(givenOn)) {
            throw CHANGE_CHANGES_SOMETHING.violation();
        }
        LocalDate due = reviewDue(calendars, deadlines.settingId(), given);
        LocalDate previousReviewBy = reviewBy;
        apply(new ImageConsentChanged(recordId, allowed, command.allowed(), command.source(), given,
                strip(command.note()), due, restarted));
        moveReview(deadlineManager, previousReviewBy, due);
    }

    @CommandHandler
    void handle(ReviewImageConsent command, WorkingCalendars calendars, DeadlineManager deadlineManager) {
        ImageConsentTransitions.check(command, state);
        LocalDate reviewed = dayGiven("reviewedOn", command.reviewedOn(), givenOn);
        LocalDate due = reviewDue(calendars, deadlines.settingId(), reviewed);
        LocalDate previousReviewBy = reviewBy;
        apply(new ImageConsentReviewed(recordId, reviewed, strip(command.note()), due));
        moveReview(deadlineManager, previousReviewBy, due);
    }

    @CommandHandler
    void handle(EndImageConsent command) {
        ImageConsentTransitions.check(command, state);
        if (blank(command.reason())) {
            throw END_SAYS_WHY.violation();
        }
        apply(new ImageConsentEnded(recordId, command.reason().strip()));
        deadlines.cancelAll("The pupil's entry ended: " + command.reason().strip());
    }

    /** The review's time has come: still pending, it is missed. */
    @DeadlineHandler(deadlineName = CaseDeadlines.DEADLINE_NAME)
    void deadlineReached(String deadlineId) {
        deadlines.end(deadlineId);
    }

    /** The pending review is met (the family was asked) and the next one set, unless it falls on the same day. */
    private void moveReview(DeadlineManager deadlineManager, LocalDate previousReviewBy, LocalDate due) {
        String key = due.toString();
        if (deadlines.isPending(CONSENT_REVIEW, key)) {
            return;
        }
        deadlines.meet(CONSENT_REVIEW, previousReviewBy.toString()); // nothing when it was missed or cancelled
        deadlines.set(deadlineManager, CONSENT_REVIEW, key, WorkingCalendar.endOf(due));
    }

    /** The first working day of the setting's calendar on or after a year from {@code from}. */
    static LocalDate reviewDue(WorkingCalendars calendars, String settingId, LocalDate from) {
        return calendars.forSetting(settingId).workingDaysAfter(from.plusYears(1).minusDays(1), 1);
    }

    /** A day a command gives (today when none): in the window, not in the future, not before {@code notBefore}. */
    private static LocalDate dayGiven(String field, LocalDate day, LocalDate notBefore) {
        DateWindow.require(field, day);
        LocalDate today = LocalDate.ofInstant(GenericEventMessage.clock.instant(), WorkingCalendar.UK);
        LocalDate given = day == null ? today : day;
        ImageConsentRule rule = field.equals("givenOn") ? GIVEN_NOT_IN_THE_FUTURE : REVIEWED_NOT_IN_THE_FUTURE;
        if (given.isAfter(today) || (notBefore != null && given.isBefore(notBefore))) {
            throw rule.dateRefusal(field);
        }
        return given;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }

    @EventSourcingHandler
    void on(ImageConsentRecorded event) {
        recordId = event.consentRecordId();
        state = ImageConsentState.ACTIVE;
        allowed = event.allowed();
        source = event.source();
        givenOn = event.givenOn();
        reviewBy = event.reviewBy();
        deadlines.identify(event.consentRecordId().value(), event.settingId(), null);
    }

    @EventSourcingHandler
    void on(ImageConsentChanged event) {
        state = ImageConsentState.ACTIVE;
        allowed = event.allowed();
        source = event.source();
        givenOn = event.givenOn();
        reviewBy = event.reviewBy();
    }

    @EventSourcingHandler
    void on(ImageConsentReviewed event) {
        reviewBy = Objects.requireNonNullElse(event.reviewBy(), reviewBy);
    }

    @EventSourcingHandler
    void on(ImageConsentEnded event) {
        state = ImageConsentState.ENDED;
    }
}
