package uk.tidemark.command.lowlevel;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.tidemark.command.deadline.CaseDeadlines;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;
import uk.tidemark.command.versioning.VersioningConfig;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsId;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsState;
import uk.tidemark.kernel.lowlevel.command.RecordLowLevelConcern;
import uk.tidemark.kernel.lowlevel.command.RecordLowLevelConcernReview;
import uk.tidemark.kernel.lowlevel.command.WithdrawLowLevelConcern;
import uk.tidemark.kernel.lowlevel.event.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.lowlevel.LowLevelConcernsRule.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.LOW_LEVEL_CONCERN_REVIEW;

/**
 * One member of staff's low-level concerns in one setting (KCSIE Part 4). Fed by the triage policy: each incident
 * triaged onto the low-level concern route counts once however often it is sent (redelivery, replay, a second
 * triage that keeps the route); one triaged again onto another route stops counting. When the concerns since the
 * last review that fall within the window reach the threshold (by default 3 in 12 months), a review falls due (a
 * LOW_LEVEL_CONCERN_REVIEW deadline), met by recording it.
 */
@Aggregate(commandTargetResolver = VersioningConfig.TARGET_RESOLVER)
class LowLevelConcernsAggregate {

    @AggregateIdentifier
    private LowLevelConcernsId id;
    private LowLevelConcernsState state;
    /** The concerns that count, by incident: the day each happened, and whether it came after the last review. */
    private final Map<String, LocalDate> counted = new LinkedHashMap<>();
    private final Map<String, Boolean> sinceReview = new LinkedHashMap<>();
    private int reviews;
    @AggregateMember
    private final CaseDeadlines deadlines = new CaseDeadlines(CaseType.LOW_LEVEL_CONCERN);

    LowLevelConcernsAggregate() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordLowLevelConcern command, @MetaDataValue(Meta.ACTOR) String actor,
                LowLevelConcernTimescales timescales, WorkingCalendars calendars, DeadlineManager deadlineManager) {
        if (actor == null || actor.isBlank()) {
            throw ACTOR_REQUIRED.violation();
        }
        if (id == null) {
            apply(new LowLevelConcernsOpened(command.recordId(), command.settingId(), command.staffName(),
                    command.staffUsername(), actor));
        }
        if (counted.containsKey(command.incidentId())) {
            return; // counted already: a redelivered triage, or one that kept the route
        }
        apply(new LowLevelConcernRecorded(id, command.incidentId(), command.reference(), command.category(),
                command.on(), command.summary()));
        LocalDate today = today();
        LocalDate from = today.minusMonths(timescales.windowMonths());
        int inPattern = (int) counted.entrySet().stream()
                .filter(e -> sinceReview.get(e.getKey()) && !e.getValue().isBefore(from)).count();
        if (state == LowLevelConcernsState.NO_REVIEW_DUE && inPattern >= timescales.threshold()) {
            String key = String.valueOf(reviews + 1);
            LocalDate reviewBy = calendars.forSetting(command.settingId()).workingDaysAfter(today,
                    timescales.reviewDays());
            apply(new LowLevelConcernReviewPrompted(id, inPattern, reviewBy, command.reviewOwner()));
            deadlines.set(deadlineManager, LOW_LEVEL_CONCERN_REVIEW, key,
                    WorkingCalendar.endOf(reviewBy));
        }
    }

    @CommandHandler
    void handle(WithdrawLowLevelConcern command) {
        LowLevelConcernsTransitions.check(command, state);
        if (counted.containsKey(command.incidentId())) {
            apply(new LowLevelConcernWithdrawn(id, command.incidentId()));
        }
    }

    @CommandHandler
    void handle(RecordLowLevelConcernReview command, @MetaDataValue(Meta.ACTOR) String actor) {
        LowLevelConcernsTransitions.check(command, state);
        if (command.outcome() == null) {
            throw OUTCOME_REQUIRED.violation();
        }
        if (actor != null && !subjects().isEmpty() && subjects().contains(actor)) {
            throw NOT_BY_THE_MEMBER_OF_STAFF.violation();
        }
        apply(new LowLevelConcernReviewRecorded(id, command.outcome(), command.notes()));
        deadlines.meet(LOW_LEVEL_CONCERN_REVIEW, String.valueOf(reviews));
    }

    @DeadlineHandler(deadlineName = CaseDeadlines.DEADLINE_NAME)
    void deadlineReached(String deadlineId) {
        deadlines.end(deadlineId);
    }

    private String staffUsername;

    private java.util.Set<String> subjects() {
        return staffUsername == null ? java.util.Set.of() : java.util.Set.of(staffUsername);
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), WorkingCalendar.UK);
    }

    @EventSourcingHandler
    void on(LowLevelConcernsOpened event) {
        id = event.id();
        staffUsername = event.staffUsername();
        state = LowLevelConcernsState.NO_REVIEW_DUE;
        deadlines.identify(event.id().value(), event.settingId(), null);
    }

    @EventSourcingHandler
    void on(LowLevelConcernRecorded event) {
        counted.put(event.incidentId(), event.on());
        sinceReview.put(event.incidentId(), true);
    }

    @EventSourcingHandler
    void on(LowLevelConcernWithdrawn event) {
        counted.remove(event.incidentId());
        sinceReview.remove(event.incidentId());
    }

    @EventSourcingHandler
    void on(LowLevelConcernReviewPrompted event) {
        state = LowLevelConcernsState.REVIEW_DUE;
        reviews++;
        deadlines.ownedBy(event.reviewOwner());
    }

    @EventSourcingHandler
    void on(LowLevelConcernReviewRecorded event) {
        state = LowLevelConcernsState.NO_REVIEW_DUE;
        sinceReview.replaceAll((incident, since) -> false);
    }
}
