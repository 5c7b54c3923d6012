package uk.tidemark.command.incident;

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
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.SubjectOfCaseException;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.command.*;
import uk.tidemark.kernel.incident.event.*;
import uk.tidemark.kernel.time.DateWindow;

import java.time.Instant;
import java.util.*;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.incident.IncidentRule.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.*;

/**
 * An online-safety incident case. Every handler asks {@link IncidentTransitions} first, then checks its own
 * rules ({@link IncidentRule}), then applies; the event-sourcing handlers only remember what later rules need.
 *
 * <p>Its deadlines (BRIEF.md "Deadlines") are set, met and missed through {@link CaseDeadlines}: the first
 * response to a report, the LADO referral of a harm-threshold allegation, the follow-up of each agency referral
 * and the response to each warning. They answer to the case owner, or to the setting's DSLs before there is one.
 */
@Aggregate(commandTargetResolver = VersioningConfig.TARGET_RESOLVER, cache = "incidentCache")
class IncidentAggregate {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    /** The key of a deadline a case holds at most one of. */
    private static final String ONLY = "1";
    /** Working days an agency has to acknowledge a referral, and a DSL to refer a harm-threshold allegation. */
    private static final int ONE_WORKING_DAY = 1;
    /** BRIEF.md: a warning's response is due in five working days unless a date is given. */
    private static final int DEFAULT_RESPONSE_WORKING_DAYS = 5;

    @AggregateIdentifier
    private IncidentId incidentId;
    private String settingId;
    private IncidentState state;
    private String ownerId;
    private AllegationRoute route;
    private final Map<PersonId, Person> people = new HashMap<>();
    /** Usernames linked to a SUBJECT: a conflict of interest, so they may neither act on nor own the case. */
    private final Set<String> conflicted = new HashSet<>();
    private final Set<WarningId> warnings = new HashSet<>();
    private final Set<WarningId> answeredWarnings = new HashSet<>();
    private boolean escalatedToPolice;
    private boolean referredToLado;
    private final Set<String> referrals = new HashSet<>();
    private final Set<String> acknowledgedReferrals = new HashSet<>();
    @AggregateMember
    private final CaseDeadlines deadlines = new CaseDeadlines(CaseType.INCIDENT);

    IncidentAggregate() {
        // for Axon, which rebuilds the case from its events
    }

    @CommandHandler
    IncidentAggregate(LogIncident command, @MetaDataValue(value = Meta.ACTOR, required = true) String actor,
                      WorkingCalendars calendars, DeadlineManager deadlineManager) {
        requireActor(actor);
        DateWindow.require("occurredAt", command.occurredAt());
        apply(new IncidentLogged(command.incidentId(), command.settingId(), command.category(), command.platform(),
                command.occurredAt(), command.summary(), command.links(), command.people(),
                command.immediateRisk(), actor));
        // the reporter is not the owner: until triage the first response falls to the setting's DSLs
        deadlines.identify(command.incidentId().value(), command.settingId(), null);
        deadlines.set(deadlineManager, FIRST_RESPONSE, ONLY,
                calendars.forSetting(command.settingId()).firstResponseDue(now()));
    }

    /** The calendar of the case's setting, as it is now (decision 0032). */
    private WorkingCalendar calendar(WorkingCalendars calendars) {
        return calendars.forSetting(settingId);
    }

    /** Axon's clock, which stamps the events: a deadline is counted from its starting event's time. */
    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    /**
     * Axon 4.13 does not enforce {@code required = true} on aggregate command handlers (a missing value arrives
     * as null), so the actor is checked here for every command on an existing case, and in the constructor.
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

    /**
     * A subject of the case sends nothing to it. The API checks this before sending, from the read model; this is
     * the check that holds in the milliseconds after a link, before the read model has it.
     */
    @CommandHandlerInterceptor
    void refuseSubjects(CommandMessage<?> command) {
        if (command.getMetaData().get(Meta.ACTOR) instanceof String actor && conflicted.contains(actor)) {
            throw new SubjectOfCaseException();
        }
    }

    @CommandHandler
    void handle(TriageIncident command, @MetaDataValue(value = Meta.ACTOR, required = true) String actor,
                WorkingCalendars calendars, DeadlineManager deadlineManager) {
        IncidentTransitions.check(command, state);
        AllegationRoute chosen = command.allegationRoute() == null ? route : command.allegationRoute();
        if (route == AllegationRoute.HARM_THRESHOLD && chosen != AllegationRoute.HARM_THRESHOLD) {
            throw HARM_THRESHOLD_CANNOT_BE_LOWERED.violation();
        }
        if (chosen != AllegationRoute.NONE && !hasWorkforceSubject()) {
            throw ROUTE_NEEDS_WORKFORCE_SUBJECT.violation();
        }
        // an owner who has become a subject keeps nothing by default: whoever triages takes the case
        String current = ownerId == null || conflicted.contains(ownerId) ? actor : ownerId;
        String owner = isBlank(command.ownerId()) ? current : command.ownerId();
        if (conflicted.contains(owner)) {
            throw TRIAGE_OWNER_IS_A_SUBJECT.violation(owner);
        }
        // the harm-threshold decision starts the LADO clock once; a later triage that keeps the route decides nothing new
        boolean ladoClockStarts = chosen == AllegationRoute.HARM_THRESHOLD && route != AllegationRoute.HARM_THRESHOLD
                && !referredToLado;
        apply(new IncidentTriaged(incidentId, command.severity(), command.reason(), owner, chosen));
        deadlines.meet(FIRST_RESPONSE, ONLY);
        if (ladoClockStarts) {
            deadlines.set(deadlineManager, LADO_REFERRAL, ONLY,
                    calendar(calendars).endOfWorkingDaysAfter(now(), ONE_WORKING_DAY));
        }
    }

    @CommandHandler
    void handle(AssignIncident command) {
        IncidentTransitions.check(command, state);
        // first: an owner who became a subject is still the owner on record, and that is not the news
        if (conflicted.contains(command.ownerId())) {
            throw OWNER_IS_A_SUBJECT.violation(command.ownerId());
        }
        if (Objects.equals(command.ownerId(), ownerId)) {
            throw ALREADY_THE_OWNER.violation(ownerId);
        }
        apply(new IncidentAssigned(incidentId, command.ownerId(), command.reason()));
    }

    @CommandHandler
    void handle(LinkPersonToUser command) {
        IncidentTransitions.check(command, state);
        if (isBlank(command.username())) {
            throw LINK_NEEDS_A_USERNAME.violation();
        }
        Person person = people.get(command.personId());
        if (person == null) {
            throw LINK_NAMES_A_PERSON_ON_THE_CASE.violation();
        }
        if (!isBlank(person.username())) {
            throw PERSON_ALREADY_LINKED.violation(person.username());
        }
        apply(new PersonLinkedToUser(incidentId, command.personId(), command.username().strip()));
    }

    @CommandHandler
    void handle(RecordContentAction command) {
        IncidentTransitions.check(command, state);
        apply(new ContentActionRecorded(incidentId, command.actionId(), command.action(), command.reference(),
                command.note()));
    }

    @CommandHandler
    void handle(AddNote command) {
        IncidentTransitions.check(command, state);
        apply(new NoteAdded(incidentId, command.noteId(), command.text()));
    }

    @CommandHandler
    void handle(RecordEvidence command) {
        IncidentTransitions.check(command, state);
        // the API checks this too; the domain checks again because evidence without a sound hash is worthless
        if (command.sha256() == null || !SHA256.matcher(command.sha256()).matches()) {
            throw EVIDENCE_NEEDS_SHA256.violation();
        }
        DateWindow.require("capturedAt", command.capturedAt());
        apply(new EvidenceRecorded(incidentId, command.evidenceId(), command.description(), command.sha256(),
                command.capturedAt(), command.url()));
    }

    @CommandHandler
    void handle(IssueWarning command, WorkingCalendars calendars, DeadlineManager deadlineManager) {
        IncidentTransitions.check(command, state);
        if (warnings.contains(command.warningId())) {
            throw WARNING_ALREADY_RECORDED.violation();
        }
        if (!people.containsKey(command.personId())) {
            throw WARNING_NAMES_A_PERSON_ON_THE_CASE.violation();
        }
        // before the deadline arithmetic: a date the scheduler cannot hold would fire at once (issue 12)
        DateWindow.require("responseDueBy", command.responseDueBy());
        apply(new WarningIssued(incidentId, command.warningId(), command.personId(), command.kind(),
                command.channel(), command.text(), command.responseDueBy()));
        Instant dueAt = command.responseDueBy() != null ? WorkingCalendar.endOf(command.responseDueBy())
                : calendar(calendars).endOfWorkingDaysAfter(now(), DEFAULT_RESPONSE_WORKING_DAYS);
        deadlines.set(deadlineManager, WARNING_RESPONSE, command.warningId().value(), dueAt);
    }

    @CommandHandler
    void handle(RecordWarningResponse command) {
        IncidentTransitions.check(command, state);
        if (!warnings.contains(command.warningId())) {
            throw NO_SUCH_WARNING.violation();
        }
        if (answeredWarnings.contains(command.warningId())) {
            throw RESPONSE_ALREADY_RECORDED.violation();
        }
        apply(new WarningResponseRecorded(incidentId, command.warningId(), command.response(), command.note()));
        deadlines.meet(WARNING_RESPONSE, command.warningId().value());
    }

    @CommandHandler
    void handle(EscalateToPolice command) {
        IncidentTransitions.check(command, state);
        if (escalatedToPolice) {
            throw ALREADY_ESCALATED_TO_POLICE.violation();
        }
        apply(new EscalatedToPolice(incidentId, command.escalationId(), command.reason(), command.force(),
                command.crimeReference(), command.officer()));
    }

    @CommandHandler
    void handle(RecordPoliceUpdate command) {
        IncidentTransitions.check(command, state);
        if (!escalatedToPolice) {
            throw POLICE_UPDATE_NEEDS_ESCALATION.violation();
        }
        apply(new PoliceUpdateRecorded(incidentId, command.updateId(), command.status(), command.note(),
                command.crimeReference()));
    }

    @CommandHandler
    void handle(ReferToAgency command, WorkingCalendars calendars, DeadlineManager deadlineManager) {
        IncidentTransitions.check(command, state);
        apply(new ReferredToAgency(incidentId, command.referralId(), command.agency(), command.reason(),
                command.reference()));
        if (command.agency() == Agency.LADO) {
            deadlines.meet(LADO_REFERRAL, ONLY);
        }
        deadlines.set(deadlineManager, REFERRAL_FOLLOW_UP, command.referralId(),
                calendar(calendars).endOfWorkingDaysAfter(now(), ONE_WORKING_DAY));
    }

    @CommandHandler
    void handle(AcknowledgeReferral command) {
        IncidentTransitions.check(command, state);
        if (!referrals.contains(command.referralId())) {
            throw NO_SUCH_REFERRAL.violation();
        }
        if (acknowledgedReferrals.contains(command.referralId())) {
            throw REFERRAL_ALREADY_ACKNOWLEDGED.violation();
        }
        apply(new ReferralAcknowledged(incidentId, command.referralId(), command.reference(), command.note()));
        deadlines.meet(REFERRAL_FOLLOW_UP, command.referralId());
    }

    @CommandHandler
    void handle(ReferToDisciplinary command) {
        IncidentTransitions.check(command, state);
        Person person = people.get(command.personId());
        if (person == null || person.involvement() != Involvement.SUBJECT || person.role() != PersonRole.STAFF) {
            throw DISCIPLINARY_REFERRAL_NAMES_A_STAFF_SUBJECT.violation();
        }
        apply(new DisciplinaryReferralMade(incidentId, command.disciplinaryCaseId(), settingId, person.personId(),
                person.name(), command.isTeacher(), command.concernsHarmToChildren(), command.allegation()));
    }

    @CommandHandler
    void handle(RedirectToComplaint command) {
        IncidentTransitions.check(command, state);
        apply(new ComplaintReferralMade(incidentId, command.complaintId(), settingId, command.channel(),
                command.complainant(), command.summary()));
    }

    @CommandHandler
    void handle(CloseIncident command) {
        IncidentTransitions.check(command, state);
        if (route == AllegationRoute.HARM_THRESHOLD && !referredToLado) {
            throw HARM_THRESHOLD_NEEDS_LADO_REFERRAL.violation();
        }
        apply(new IncidentClosed(incidentId, command.outcome(), command.rationale()));
        deadlines.meet(FIRST_RESPONSE, ONLY);
        // an agency's acknowledgement cannot be recorded on a closed case, so its follow-up would only be missed
        deadlines.cancelAll(REFERRAL_FOLLOW_UP, "The case was closed before the agency acknowledged the referral.");
    }

    @CommandHandler
    void handle(ReopenIncident command) {
        IncidentTransitions.check(command, state);
        apply(new IncidentReopened(incidentId, command.reason()));
    }

    /**
     * A deadline's time has come. A warning left unanswered is recorded as NO_RESPONSE (a business fact, so on a
     * closed case too) before the deadline is missed; anything met in the meantime is no longer pending.
     */
    @DeadlineHandler(deadlineName = CaseDeadlines.DEADLINE_NAME)
    void deadlineReached(String deadlineId) {
        deadlines.pending(deadlineId).filter(due -> due.kind() == WARNING_RESPONSE).ifPresent(due ->
                apply(new WarningResponseRecorded(incidentId, WarningId.of(due.key()), WarningResponse.NO_RESPONSE,
                        "No response was recorded by the due date.")));
        deadlines.end(deadlineId);
    }

    private boolean hasWorkforceSubject() {
        return people.values().stream()
                .anyMatch(p -> p.involvement() == Involvement.SUBJECT && p.role() != null && p.role().isWorkforce());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @EventSourcingHandler
    void on(IncidentLogged event) {
        incidentId = event.incidentId();
        settingId = event.settingId();
        deadlines.identify(event.incidentId().value(), event.settingId(), null);
        state = IncidentState.NEW;
        route = AllegationRoute.NONE;
        if (event.people() != null) {
            event.people().forEach(this::remember);
        }
    }

    @EventSourcingHandler
    void on(PersonLinkedToUser event) {
        Person person = people.get(event.personId());
        if (person != null) {
            remember(person.linkedTo(event.username()));
        }
    }

    private void remember(Person person) {
        people.put(person.personId(), person);
        if (person.conflictedUsername() != null) {
            conflicted.add(person.conflictedUsername());
        }
    }

    @EventSourcingHandler
    void on(IncidentTriaged event) {
        state = IncidentState.TRIAGED;
        ownerId = event.ownerId();
        deadlines.ownedBy(ownerId);
        route = event.allegationRoute();
    }

    @EventSourcingHandler
    void on(IncidentAssigned event) {
        ownerId = event.ownerId();
        deadlines.ownedBy(ownerId);
    }

    @EventSourcingHandler
    void on(WarningIssued event) {
        warnings.add(event.warningId());
    }

    @EventSourcingHandler
    void on(WarningResponseRecorded event) {
        answeredWarnings.add(event.warningId());
    }

    @EventSourcingHandler
    void on(EscalatedToPolice event) {
        escalatedToPolice = true;
    }

    @EventSourcingHandler
    void on(ReferredToAgency event) {
        referredToLado |= event.agency() == Agency.LADO;
        referrals.add(event.referralId());
    }

    @EventSourcingHandler
    void on(ReferralAcknowledged event) {
        acknowledgedReferrals.add(event.referralId());
    }

    @EventSourcingHandler
    void on(IncidentClosed event) {
        state = IncidentState.CLOSED;
    }

    @EventSourcingHandler
    void on(IncidentReopened event) {
        // only a triaged case can be closed, so a reopened case is open and triaged
        state = IncidentState.TRIAGED;
    }
}
