package uk.tidemark.command.policy;

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
import uk.tidemark.kernel.policy.PolicyId;
import uk.tidemark.kernel.policy.PolicyState;
import uk.tidemark.kernel.policy.command.*;
import uk.tidemark.kernel.policy.event.*;
import uk.tidemark.kernel.time.DateWindow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.policy.PolicyRule.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.POLICY_ACKNOWLEDGEMENT;

/**
 * A policy of one setting, with every version published in its stream (decision 0050). Each version asks the
 * people it names to acknowledge it: one POLICY_ACKNOWLEDGEMENT deadline per person, owned by that person, at the
 * end of the acknowledgement timescale's last working day; met when they acknowledge, missed (telling them and the
 * headteachers) when it passes, cancelled when a new version asks again or the policy is withdrawn.
 *
 * <p>A deadline's key is {@code v<version>-<username>}, so each person's deadline of each version is its own.
 */
@Aggregate(commandTargetResolver = VersioningConfig.TARGET_RESOLVER)
class PolicyAggregate {

    /** The Axon deadline of a reminder before an acknowledgement is due; the payload is the deadline's id. */
    static final String REMINDER_NAME = "tidemark-policy-reminder";
    /** How many working days before an acknowledgement is due its reminder is sent, at {@link #REMIND_AT}. */
    static final int REMIND_DAYS_BEFORE = 3;
    static final java.time.LocalTime REMIND_AT = java.time.LocalTime.of(9, 0);

    @AggregateIdentifier
    private PolicyId policyId;
    private PolicyState state;
    private int version;
    private String title;
    private final Set<String> asked = new LinkedHashSet<>();
    private final Set<String> acknowledged = new LinkedHashSet<>();
    @AggregateMember
    private final CaseDeadlines deadlines = new CaseDeadlines(CaseType.POLICY);

    PolicyAggregate() {
        // for Axon, which rebuilds the policy from its events
    }

    @CommandHandler
    PolicyAggregate(PublishPolicy command, @MetaDataValue(value = Meta.ACTOR, required = true) String actor,
                    PolicyTimescales timescales, WorkingCalendars calendars, DeadlineManager deadlineManager) {
        requireActor(actor);
        List<String> askedOf = checkVersion(command.title(), command.text(), command.effectiveFrom(), command.askedOf());
        LocalDate acknowledgeBy = acknowledgeBy(calendars, command.settingId(), timescales);
        apply(new PolicyPublished(command.policyId(), command.settingId(), 1, command.title(), command.text(),
                command.effectiveFrom(), listOf(command.roles()), askedOf, acknowledgeBy, actor));
        deadlines.identify(command.policyId().value(), command.settingId(), actor);
        ask(deadlineManager, 1, askedOf, acknowledgeBy, remindOn(calendars, command.settingId(), timescales));
    }

    /** Axon 4.13 does not enforce {@code required = true} on aggregate command handlers: checked here. */
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
    void handle(PublishPolicyVersion command, @MetaDataValue(Meta.ACTOR) String actor, PolicyTimescales timescales,
                WorkingCalendars calendars, DeadlineManager deadlineManager) {
        PolicyTransitions.check(command, state);
        List<String> askedOf = checkVersion(command.title(), command.text(), command.effectiveFrom(), command.askedOf());
        LocalDate acknowledgeBy = acknowledgeBy(calendars, deadlines.settingId(), timescales);
        int next = version + 1;
        apply(new PolicyVersionPublished(policyId, next, command.title(), command.text(), command.effectiveFrom(),
                listOf(command.roles()), askedOf, acknowledgeBy, actor));
        // only the earlier version's are pending yet: this version's are set below
        deadlines.cancelAll(POLICY_ACKNOWLEDGEMENT, "A new version of the policy was published.");
        ask(deadlineManager, next, askedOf, acknowledgeBy, remindOn(calendars, deadlines.settingId(), timescales));
    }

    @CommandHandler
    void handle(AskToAcknowledge command, PolicyTimescales timescales, WorkingCalendars calendars,
                DeadlineManager deadlineManager) {
        PolicyTransitions.check(command, state);
        List<String> newcomers = listOf(command.askedOf()).stream().filter(u -> !asked.contains(u)).toList();
        if (newcomers.isEmpty()) {
            throw NOT_ASKED_ALREADY.violation();
        }
        LocalDate acknowledgeBy = acknowledgeBy(calendars, deadlines.settingId(), timescales);
        apply(new AcknowledgementAsked(policyId, version, newcomers, acknowledgeBy));
        ask(deadlineManager, version, newcomers, acknowledgeBy, remindOn(calendars, deadlines.settingId(), timescales));
    }

    @CommandHandler
    void handle(AcknowledgePolicy command, @MetaDataValue(Meta.ACTOR) String actor) {
        PolicyTransitions.check(command, state);
        if (!asked.contains(actor)) {
            throw ASKED_TO_ACKNOWLEDGE.violation();
        }
        if (command.version() != version) {
            throw VERSION_IN_FORCE.violation();
        }
        if (acknowledged.contains(actor)) {
            throw ONCE_ONLY.violation();
        }
        apply(new PolicyAcknowledged(policyId, version, actor));
        deadlines.meet(POLICY_ACKNOWLEDGEMENT, key(version, actor));
    }

    @CommandHandler
    void handle(RetirePolicy command) {
        PolicyTransitions.check(command, state);
        apply(new PolicyRetired(policyId, command.reason()));
        deadlines.cancelAll("The policy was withdrawn.");
    }

    /** A person's acknowledgement deadline has passed: missed, in that person's name, if still pending. */
    @DeadlineHandler(deadlineName = CaseDeadlines.DEADLINE_NAME)
    void deadlineReached(String deadlineId) {
        deadlines.pending(deadlineId).ifPresent(due -> deadlines.ownedBy(ownerOf(due.key())));
        deadlines.end(deadlineId);
    }

    /**
     * A reminder's time has come: if the person's acknowledgement of this version is still awaited, they are reminded
     * (the notifier tells them); acknowledged, or replaced by a newer version, nothing happens.
     */
    @DeadlineHandler(deadlineName = REMINDER_NAME)
    void reminderDue(String deadlineId) {
        deadlines.pending(deadlineId).ifPresent(due -> apply(new PolicyAcknowledgementReminded(policyId, version,
                title, ownerOf(due.key()), due.dueAt())));
    }

    private void ask(DeadlineManager manager, int ofVersion, List<String> people, LocalDate acknowledgeBy,
                     LocalDate remindOn) {
        for (String person : people) {
            deadlines.ownedBy(person);
            deadlines.set(manager, POLICY_ACKNOWLEDGEMENT, key(ofVersion, person), WorkingCalendar.endOf(acknowledgeBy));
            // each (version, person) is asked once, so each gets one reminder; in a creating handler the deadline is
            // not pending yet (its events apply after the handler returns), so this does not ask whether it is
            if (remindOn != null) {
                manager.schedule(remindOn.atTime(REMIND_AT).atZone(WorkingCalendar.UK).toInstant(), REMINDER_NAME,
                        deadlines.idOf(POLICY_ACKNOWLEDGEMENT, key(ofVersion, person)));
            }
        }
    }

    /**
     * The working day a reminder is sent on, {@link #REMIND_DAYS_BEFORE} working days before the deadline; none when
     * the timescale is too short for one to help.
     */
    private static LocalDate remindOn(WorkingCalendars calendars, String settingId, PolicyTimescales timescales) {
        if (timescales.acknowledgeDays() <= REMIND_DAYS_BEFORE) {
            return null;
        }
        LocalDate today = LocalDate.ofInstant(GenericEventMessage.clock.instant(), WorkingCalendar.UK);
        return calendars.forSetting(settingId).workingDaysAfter(today,
                timescales.acknowledgeDays() - REMIND_DAYS_BEFORE);
    }

    private static List<String> checkVersion(String title, String text, LocalDate effectiveFrom, List<String> askedOf) {
        if (title == null || title.isBlank() || text == null || text.isBlank()) {
            throw TITLE_AND_TEXT.violation();
        }
        DateWindow.require("effectiveFrom", effectiveFrom);
        List<String> people = listOf(askedOf).stream().filter(u -> u != null && !u.isBlank()).distinct().toList();
        if (people.isEmpty()) {
            throw SOMEBODY_ASKED.violation();
        }
        return people;
    }

    private static LocalDate acknowledgeBy(WorkingCalendars calendars, String settingId, PolicyTimescales timescales) {
        LocalDate today = LocalDate.ofInstant(GenericEventMessage.clock.instant(), WorkingCalendar.UK);
        return calendars.forSetting(settingId).workingDaysAfter(today, timescales.acknowledgeDays());
    }

    static String key(int version, String username) {
        return "v" + version + "-" + username;
    }

    static String ownerOf(String key) {
        return key.substring(key.indexOf('-') + 1);
    }

    private static List<String> listOf(List<String> values) {
        return values == null ? List.of() : List.copyOf(new ArrayList<>(values));
    }

    @EventSourcingHandler
    void on(PolicyPublished event) {
        policyId = event.policyId();
        state = PolicyState.PUBLISHED;
        version = event.version();
        title = event.title();
        asked.addAll(event.askedOf());
        deadlines.identify(event.policyId().value(), event.settingId(), event.publishedBy());
    }

    @EventSourcingHandler
    void on(PolicyVersionPublished event) {
        version = event.version();
        title = event.title();
        asked.clear();
        acknowledged.clear();
        asked.addAll(event.askedOf());
    }

    @EventSourcingHandler
    void on(AcknowledgementAsked event) {
        asked.addAll(event.askedOf());
    }

    @EventSourcingHandler
    void on(PolicyAcknowledged event) {
        acknowledged.add(event.username());
    }

    @EventSourcingHandler
    void on(PolicyRetired event) {
        state = PolicyState.RETIRED;
    }
}
