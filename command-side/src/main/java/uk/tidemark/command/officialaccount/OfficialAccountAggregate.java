package uk.tidemark.command.officialaccount;

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
import uk.tidemark.kernel.officialaccount.AccountPerson;
import uk.tidemark.kernel.officialaccount.AccountRole;
import uk.tidemark.kernel.officialaccount.OfficialAccountId;
import uk.tidemark.kernel.officialaccount.OfficialAccountState;
import uk.tidemark.kernel.officialaccount.command.*;
import uk.tidemark.kernel.officialaccount.event.*;
import java.time.LocalDate;
import java.util.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.officialaccount.OfficialAccountRule.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.*;

/**
 * An official social-media account of a setting (issue 18, decision 0050): asked for, approved or refused by the
 * headteacher, in use with its lead, administrators and moderators ({@link AccessHolders}), closed. Each handler asks
 * {@link OfficialAccountTransitions}, then its rules ({@link OfficialAccountRule}), then applies; the deadlines it
 * sets are listed in docs/official-account-transitions.md.
 */
@Aggregate(commandTargetResolver = VersioningConfig.TARGET_RESOLVER)
class OfficialAccountAggregate {

    @AggregateIdentifier
    private OfficialAccountId accountId;
    private OfficialAccountState state;
    private String requestedBy;
    /** The yearly reviews are counted: the first is due a year after the approval, key "1". */
    private int reviews;
    private final Set<String> incidents = new HashSet<>();
    @AggregateMember
    private final CaseDeadlines deadlines = new CaseDeadlines(CaseType.OFFICIAL_ACCOUNT);
    @AggregateMember // everyone with access, the lead included, and who answers for the deadlines set next
    private final AccessHolders people = new AccessHolders(deadlines);

    OfficialAccountAggregate() { // for Axon
    }

    @CommandHandler
    OfficialAccountAggregate(RequestOfficialAccount command,
                             @MetaDataValue(value = Meta.ACTOR, required = true) String actor) {
        requireActor(actor);
        AccountPerson lead = new AccountPerson("lead-" + command.leadUsername(), command.leadUsername(),
                command.leadName(), AccountRole.LEAD, null);
        apply(new OfficialAccountRequested(command.accountId(), command.settingId(), command.platform(),
                command.handle(), command.address(), command.purpose(), command.audience(), lead,
                command.credentialsKeptAt(), actor));
    }

    /** Axon 4.13 does not enforce {@code required = true} on aggregate handlers: every command is checked here. */
    @CommandHandlerInterceptor
    void requireActor(CommandMessage<?> command) {
        requireActor(command.getMetaData().get(Meta.ACTOR));
    }

    private static void requireActor(Object actor) {
        if (!(actor instanceof String name) || name.isBlank()) throw ACTOR_REQUIRED.violation();
    }

    @CommandHandler
    void handle(ApproveOfficialAccount command, @MetaDataValue(Meta.ACTOR) String actor,
                DeadlineManager deadlineManager) {
        OfficialAccountTransitions.check(command, state);
        notTheRequester(actor);
        if (people.lead().isEmpty()) {
            throw LEAD_BEFORE_APPROVAL.violation();
        }
        LocalDate reviewDueBy = AccountDates.today().plusYears(1);
        apply(new OfficialAccountApproved(accountId, actor, command.note(), reviewDueBy));
        deadlines.set(deadlineManager, ACCOUNT_REVIEW, "1", WorkingCalendar.endOf(reviewDueBy));
    }

    @CommandHandler
    void handle(RefuseOfficialAccount command, @MetaDataValue(Meta.ACTOR) String actor) {
        OfficialAccountTransitions.check(command, state);
        notTheRequester(actor);
        apply(new OfficialAccountRefused(accountId, actor, command.reason()));
        deadlines.cancelAll("The account was refused.");
    }

    @CommandHandler
    void handle(AddAccountPerson command, OfficialAccountTimescales timescales, DeadlineManager deadlineManager) {
        OfficialAccountTransitions.check(command, state);
        if (people.holdsAPlace(command.username())) {
            throw ONE_PLACE_EACH.violation();
        }
        LocalDate checked = AccountDates.past("dbsCheckedOn", command.dbsCheckedOn());
        boolean moderator = command.role() == AccountRole.MODERATOR;
        AccountPerson person = new AccountPerson(command.personId(), command.username(), command.name(),
                command.role(), moderator ? checked : null);
        LocalDate renewal = moderator && checked != null ? checked.plusYears(timescales.dbsRenewalYears()) : null;
        apply(new AccountPersonAdded(accountId, person, renewal));
        setDbsRenewal(deadlineManager, command.personId(), renewal);
    }

    @CommandHandler
    void handle(RecordModeratorDbsCheck command, OfficialAccountTimescales timescales,
                DeadlineManager deadlineManager) {
        OfficialAccountTransitions.check(command, state);
        AccountPerson person = people.person(command.personId()).orElseThrow(ON_THE_ACCOUNT::violation);
        if (person.role() != AccountRole.MODERATOR) {
            throw DBS_FOR_MODERATORS.violation();
        }
        LocalDate checked = Objects.requireNonNull(AccountDates.past("checkedOn", command.checkedOn()), "checkedOn");
        LocalDate renewal = checked.plusYears(timescales.dbsRenewalYears());
        String old = people.dbsRenewalKey(command.personId());
        apply(new ModeratorDbsChecked(accountId, command.personId(), checked, renewal));
        if (old != null) {
            deadlines.meet(MODERATOR_DBS_RENEWAL, old);
        }
        setDbsRenewal(deadlineManager, command.personId(), renewal);
    }

    @CommandHandler
    void handle(RemoveAccountPerson command, OfficialAccountTimescales timescales, WorkingCalendars calendars,
                DeadlineManager deadlineManager) {
        OfficialAccountTransitions.check(command, state);
        if (people.person(command.personId()).isEmpty()) {
            throw ON_THE_ACCOUNT.violation();
        }
        remove(command.personId(), command.reason(), false, command.headteacher(), timescales, calendars,
                deadlineManager);
    }

    /** Sent again (a restart, the periodic check), it finds nobody of that name left and changes nothing. */
    @CommandHandler
    void handle(RecordAccessLost command, OfficialAccountTimescales timescales, WorkingCalendars calendars,
                DeadlineManager deadlineManager) {
        OfficialAccountTransitions.check(command, state);
        for (String personId : people.placesOf(command.username())) {
            remove(personId, "Their Tidemark account was disabled.", true, command.headteacher(), timescales,
                    calendars, deadlineManager);
        }
    }

    @CommandHandler
    void handle(NameAccountLead command) {
        OfficialAccountTransitions.check(command, state);
        if (people.lead().isPresent()) {
            throw ONLY_ONE_LEAD.violation();
        }
        if (people.holdsAPlace(command.username())) {
            throw ONE_PLACE_EACH.violation();
        }
        AccountPerson lead = new AccountPerson("lead-" + command.username() + "-" + people.size(),
                command.username(), command.name(), AccountRole.LEAD, null);
        List<String> handedOver = people.handovers();
        apply(new AccountLeadNamed(accountId, lead));
        for (String key : handedOver) {
            deadlines.meet(ACCOUNT_HANDOVER, key);
        }
    }

    @CommandHandler
    void handle(RecordCredentialsLocation command) {
        OfficialAccountTransitions.check(command, state);
        apply(new CredentialsLocationRecorded(accountId, command.credentialsKeptAt()));
    }

    @CommandHandler
    void handle(RecordPasswordChanged command) {
        OfficialAccountTransitions.check(command, state);
        LocalDate changedOn = Objects.requireNonNull(AccountDates.past("changedOn", command.changedOn()), "changedOn");
        List<String> met = people.passwordChangesMetOn(changedOn);
        apply(new AccountPasswordChanged(accountId, changedOn));
        met.forEach(key -> deadlines.meet(ACCOUNT_PASSWORD_CHANGE, key));
    }

    @CommandHandler
    void handle(ReviewOfficialAccount command, DeadlineManager deadlineManager) {
        OfficialAccountTransitions.check(command, state);
        LocalDate next = AccountDates.today().plusYears(1);
        String done = String.valueOf(reviews);
        apply(new OfficialAccountReviewed(accountId, command.findings(), next));
        deadlines.meet(ACCOUNT_REVIEW, done);
        deadlines.set(deadlineManager, ACCOUNT_REVIEW, String.valueOf(reviews), WorkingCalendar.endOf(next));
    }

    @CommandHandler
    void handle(RecordIncidentOnAccount command) {
        OfficialAccountTransitions.check(command, state);
        if (incidents.add(command.incidentId())) {
            apply(new IncidentOnAccountRecorded(accountId, command.incidentId()));
        }
    }

    @CommandHandler
    void handle(CloseOfficialAccount command) {
        OfficialAccountTransitions.check(command, state);
        apply(new OfficialAccountClosed(accountId, command.reason()));
        deadlines.cancelAll("The account was closed.");
    }

    @DeadlineHandler(deadlineName = CaseDeadlines.DEADLINE_NAME)
    void deadlineReached(String deadlineId) {
        deadlines.end(deadlineId);
    }

    private void remove(String personId, String reason, boolean disabled, String headteacher,
                        OfficialAccountTimescales timescales, WorkingCalendars calendars,
                        DeadlineManager deadlineManager) {
        AccountPerson leaver = people.person(personId).orElseThrow();
        boolean leadLeaves = leaver.role() == AccountRole.LEAD;
        boolean inUse = state == OfficialAccountState.ACTIVE;
        WorkingCalendar calendar = calendars.forSetting(deadlines.settingId());
        LocalDate passwordBy = inUse ? calendar.workingDaysAfter(AccountDates.today(), 1) : null;
        LocalDate handoverBy = inUse && leadLeaves ? calendar.workingDaysAfter(AccountDates.today(), timescales.handoverDays())
                : null;
        // the lead answers for the password change, unless the lead is the one leaving (or has left)
        String answerable = leadLeaves ? headteacher
                : Optional.ofNullable(people.leadUsername()).orElse(headteacher);
        String dbsKey = people.dbsRenewalKey(personId);
        apply(new AccountPersonRemoved(accountId, personId, reason, disabled, passwordBy, handoverBy,
                inUse ? answerable : null));
        if (dbsKey != null) {
            deadlines.cancel(MODERATOR_DBS_RENEWAL, dbsKey, "The moderator no longer has access to the account.");
        }
        if (!inUse) {
            return;
        }
        deadlines.set(deadlineManager, ACCOUNT_PASSWORD_CHANGE, personId, WorkingCalendar.endOf(passwordBy));
        if (leadLeaves) {
            deadlines.set(deadlineManager, ACCOUNT_HANDOVER, personId, WorkingCalendar.endOf(handoverBy));
        }
    }

    private void notTheRequester(String actor) {
        if (actor.equals(requestedBy)) throw NOT_THE_REQUESTER.violation();
    }

    private void setDbsRenewal(DeadlineManager deadlineManager, String personId, LocalDate renewal) {
        if (renewal == null) {
            return;
        }
        deadlines.set(deadlineManager, MODERATOR_DBS_RENEWAL, AccessHolders.dbsKey(personId, renewal), WorkingCalendar.endOf(renewal));
    }

    @EventSourcingHandler
    void on(OfficialAccountRequested event) {
        accountId = event.accountId();
        requestedBy = event.requestedBy();
        state = OfficialAccountState.REQUESTED;
        deadlines.identify(event.accountId().value(), event.settingId(), event.lead().username());
    }

    @EventSourcingHandler
    void on(OfficialAccountApproved event) {
        state = OfficialAccountState.ACTIVE;
        reviews = 1;
    }

    @EventSourcingHandler
    void on(OfficialAccountRefused event) {
        state = OfficialAccountState.REFUSED;
    }






    @EventSourcingHandler
    void on(OfficialAccountReviewed event) {
        reviews++;
    }

    @EventSourcingHandler
    void on(IncidentOnAccountRecorded event) {
        incidents.add(event.incidentId());
    }

    @EventSourcingHandler
    void on(OfficialAccountClosed event) {
        state = OfficialAccountState.CLOSED;
    }
}
