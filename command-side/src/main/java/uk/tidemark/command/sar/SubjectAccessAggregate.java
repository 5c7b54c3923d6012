package uk.tidemark.command.sar;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
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
import uk.tidemark.kernel.sar.SubjectAccessId;
import uk.tidemark.kernel.sar.SubjectAccessState;
import uk.tidemark.kernel.sar.command.*;
import uk.tidemark.kernel.sar.event.*;
import uk.tidemark.kernel.time.DateWindow;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.sar.SubjectAccessRule.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.SUBJECT_ACCESS_RESPONSE;

/**
 * A subject access request (UK GDPR article 15, decision 0053): received with a SUBJECT_ACCESS_RESPONSE deadline
 * one calendar month on ({@link SubjectAccessDates}), extendable once by two further months; reviewed by a
 * safeguarding lead, who marks what to redact; then released (in full, or with part withheld on a legal ground) or
 * refused on a legal ground. Nothing is released before the review has started. Every handler asks
 * {@link SubjectAccessTransitions} first, then its own rules ({@link SubjectAccessRule}).
 */
@Aggregate(commandTargetResolver = VersioningConfig.TARGET_RESOLVER)
class SubjectAccessAggregate {

    /** The deadline's key in the first month, and once extended. */
    static final String FIRST = "1";
    static final String EXTENDED = "2";

    @AggregateIdentifier
    private SubjectAccessId requestId;
    private SubjectAccessState state;
    private LocalDate receivedOn;
    private boolean extended;
    @AggregateMember
    private final CaseDeadlines deadlines = new CaseDeadlines(CaseType.SUBJECT_ACCESS);

    SubjectAccessAggregate() {
        // for Axon
    }

    @CommandHandler
    SubjectAccessAggregate(ReceiveSubjectAccessRequest command,
                           @MetaDataValue(value = Meta.ACTOR, required = true) String actor,
                           WorkingCalendars calendars, DeadlineManager deadlineManager) {
        requireActor(actor);
        if (command.personId() == null || blank(command.personName()) || blank(command.requester())
                || command.receivedOn() == null || blank(command.settingId())) {
            throw WHOSE_AND_WHEN.violation();
        }
        DateWindow.require("receivedOn", command.receivedOn());
        LocalDate dueOn = SubjectAccessDates.due(command.receivedOn(), SubjectAccessDates.MONTHS,
                calendars.forSetting(command.settingId()).bankHolidays());
        apply(new SubjectAccessRequestReceived(command.requestId(), command.settingId(), actor, command.personId(),
                command.personName().strip(), command.receivedOn(), command.requester().strip(), dueOn));
        deadlines.identify(command.requestId().value(), command.settingId(), null);
        deadlines.set(deadlineManager, SUBJECT_ACCESS_RESPONSE, FIRST, WorkingCalendar.endOf(dueOn));
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
    void handle(StartSubjectAccessReview command) {
        SubjectAccessTransitions.check(command, state);
        apply(new SubjectAccessReviewStarted(requestId));
    }

    @CommandHandler
    void handle(MarkRedaction command) {
        SubjectAccessTransitions.check(command, state);
        if (blank(command.entryKey())) {
            throw A_PASSAGE_IN_AN_ENTRY.violation();
        }
        String passage = blank(command.passage()) ? null : command.passage().strip();
        apply(new RedactionMarked(requestId, command.entryKey().strip(), passage, command.marked()));
    }

    @CommandHandler
    void handle(ExtendSubjectAccess command, WorkingCalendars calendars, DeadlineManager deadlineManager) {
        SubjectAccessTransitions.check(command, state);
        if (extended) {
            throw EXTENDED_ONCE.violation();
        }
        if (blank(command.reason())) {
            throw REASON_FOR_AN_EXTENSION.violation();
        }
        LocalDate dueOn = SubjectAccessDates.due(receivedOn,
                SubjectAccessDates.MONTHS + SubjectAccessDates.FURTHER_MONTHS,
                calendars.forSetting(deadlines.settingId()).bankHolidays());
        apply(new SubjectAccessExtended(requestId, command.reason().strip(), dueOn));
        deadlines.cancel(SUBJECT_ACCESS_RESPONSE, FIRST, "Extended by two further months for a complex request");
        deadlines.set(deadlineManager, SUBJECT_ACCESS_RESPONSE, EXTENDED, WorkingCalendar.endOf(dueOn));
    }

    @CommandHandler
    void handle(ReleaseSubjectAccess command) {
        SubjectAccessTransitions.check(command, state);
        if (blank(command.pdfSha256()) || blank(command.jsonSha256())) {
            throw BUNDLE_HASHED.violation();
        }
        if ((command.withheldOn() == null) != blank(command.withheld())) {
            throw GROUND_WITH_WHAT_IS_WITHHELD.violation();
        }
        apply(new SubjectAccessReleased(requestId, command.pdfSha256(), command.jsonSha256(), command.records(),
                command.withheldOn(), blank(command.withheld()) ? null : command.withheld().strip()));
        deadlines.meet(SUBJECT_ACCESS_RESPONSE, extended ? EXTENDED : FIRST);
    }

    @CommandHandler
    void handle(RefuseSubjectAccess command) {
        SubjectAccessTransitions.check(command, state);
        if (command.ground() == null || blank(command.reasons())) {
            throw GROUND_AND_REASONS_FOR_A_REFUSAL.violation();
        }
        apply(new SubjectAccessRefused(requestId, command.ground(), command.reasons().strip()));
        deadlines.meet(SUBJECT_ACCESS_RESPONSE, extended ? EXTENDED : FIRST);
    }

    @DeadlineHandler(deadlineName = CaseDeadlines.DEADLINE_NAME)
    void deadlineReached(String deadlineId) {
        deadlines.end(deadlineId);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @EventSourcingHandler
    void on(SubjectAccessRequestReceived event) {
        requestId = event.requestId();
        receivedOn = event.receivedOn();
        deadlines.identify(event.requestId().value(), event.settingId(), null);
        state = SubjectAccessState.RECEIVED;
    }

    @EventSourcingHandler
    void on(SubjectAccessReviewStarted event) {
        state = SubjectAccessState.IN_REVIEW;
    }

    @EventSourcingHandler
    void on(SubjectAccessExtended event) {
        extended = true;
    }

    @EventSourcingHandler
    void on(SubjectAccessReleased event) {
        state = event.partial() ? SubjectAccessState.PARTLY_DISCLOSED : SubjectAccessState.RELEASED;
    }

    @EventSourcingHandler
    void on(SubjectAccessRefused event) {
        state = SubjectAccessState.REFUSED;
    }
}
