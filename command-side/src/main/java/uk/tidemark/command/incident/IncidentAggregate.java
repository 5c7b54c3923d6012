package uk.tidemark.command.incident;

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
import uk.tidemark.kernel.SubjectOfCaseException;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.event.DeadlineCancelled;
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
 * <p>Three parts keep their own rules and memory (Axon aggregate members): {@link IncidentPeople}, who the case
 * names and who is linked to them; {@link IncidentWarnings}; {@link IncidentEscalations}, what the case hands on
 * to the police, agencies, HR and the complaints procedure.
 *
 * <p>Its deadlines (BRIEF.md "Deadlines") are set, met and missed through {@link CaseDeadlines}: the first
 * response to a report, the LADO referral of a harm-threshold allegation, the follow-up of each agency referral
 * and the response to each warning. They answer to the case owner, or to the setting's DSLs before there is one.
 */
@Aggregate(commandTargetResolver = VersioningConfig.TARGET_RESOLVER, cache = "incidentCache")
class IncidentAggregate {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    /** The key of a deadline a case holds at most one of. */
    static final String ONLY = "1";
    /** Working days a DSL has to refer a harm-threshold allegation to the LADO. */
    private static final int ONE_WORKING_DAY = 1;

    @AggregateIdentifier
    private IncidentId incidentId;
    private String settingId;
    private IncidentState state;
    private String ownerId;
    private AllegationRoute route;
    /** Null until the case has a reference: only in a case logged before references existed (decision 0038). */
    private String reference;
    private Instant loggedAt;
    @AggregateMember
    private final CaseDeadlines deadlines = new CaseDeadlines(CaseType.INCIDENT);
    @AggregateMember
    private final IncidentPeople people = new IncidentPeople(this);
    @AggregateMember
    private final IncidentReport report = new IncidentReport(this);
    @AggregateMember
    private final IncidentWarnings warnings = new IncidentWarnings(this, deadlines);
    @AggregateMember
    private final IncidentEscalations escalations = new IncidentEscalations(this, deadlines);
    @AggregateMember
    private final IncidentImageConsent imageConsent = new IncidentImageConsent(this, deadlines);
    @AggregateMember
    private final IncidentRetention retention = new IncidentRetention(this, deadlines);
    @AggregateMember
    private final IncidentBundles bundles = new IncidentBundles(this);
    @AggregateMember
    private final IncidentTransfer transfer = new IncidentTransfer(this); // decision 0055

    IncidentAggregate() {
        // for Axon, which rebuilds the case from its events
    }

    @CommandHandler
    IncidentAggregate(LogIncident command, @MetaDataValue(value = Meta.ACTOR, required = true) String actor,
                      @MetaDataValue(Meta.REFERENCE) String reference, WorkingCalendars calendars,
                      DeadlineManager deadlineManager, CaseReferences references, IncidentTimescales timescales) {
        requireActor(actor);
        DateWindow.require("occurredAt", command.occurredAt());
        IncidentReport.requireUnderCategory(command);
        apply(new IncidentLogged(command.incidentId(), command.settingId(), command.category(), command.platform(),
                command.occurredAt(), command.summary(), command.links(), command.people(),
                command.immediateRisk(), actor, references.given(reference, command.settingId(), now()),
                command.trustCategory()));
        awaitFirstResponse(command.incidentId(), command.settingId(), deadlineManager,
                firstResponseDue(command, calendars, timescales));
    }

    /**
     * A case received from another installation (decision 0057): logged here as the bundle describes it, with the
     * importer as its reporter and a reference of this installation, then the record of where it came from. Its first
     * response falls to this setting's DSLs on the setting's calendar, as any new case's does.
     */
    @CommandHandler
    IncidentAggregate(ImportIncident command, @MetaDataValue(value = Meta.ACTOR, required = true) String actor,
                      WorkingCalendars calendars, DeadlineManager deadlineManager, CaseReferences references) {
        requireActor(actor);
        if (command.received() == null || command.received().manifestSha256() == null
                || !SHA256.matcher(command.received().manifestSha256()).matches()) {
            throw IMPORT_NEEDS_ITS_MANIFEST.violation();
        }
        apply(new IncidentLogged(command.incidentId(), command.settingId(), command.category(), command.platform(),
                command.occurredAt(), command.summary(), List.of(), command.people(), false, actor,
                references.given(null, command.settingId(), now()), null));
        apply(new IncidentImported(command.incidentId(), command.received()));
        awaitFirstResponse(command.incidentId(), command.settingId(), deadlineManager,
                calendars.forSetting(command.settingId()).firstResponseDue(now()));
    }

    /**
     * The reporter is not the owner: until triage the first response falls to the setting's DSLs. (In the constructor
     * the applied events are not handled yet: the case's id and setting are the command's.)
     */
    private void awaitFirstResponse(IncidentId id, String settingId, DeadlineManager deadlineManager, Instant due) {
        deadlines.identify(id.value(), settingId, null);
        deadlines.set(deadlineManager, FIRST_RESPONSE, ONLY, due);
    }

    /**
     * The first response is due on the setting's calendar, or, for a child at immediate risk, in clock time
     * (an hour by default, whatever the day): whichever comes first (decision 0044).
     */
    private static Instant firstResponseDue(LogIncident command, WorkingCalendars calendars,
                                            IncidentTimescales timescales) {
        Instant onTheCalendar = calendars.forSetting(command.settingId()).firstResponseDue(now());
        if (!command.immediateRisk()) {
            return onTheCalendar;
        }
        Instant immediate = now().plus(timescales.immediateRiskResponse());
        return immediate.isBefore(onTheCalendar) ? immediate : onTheCalendar;
    }

    /** The calendar of the case's setting, as it is now (decision 0032). */
    WorkingCalendar calendar(WorkingCalendars calendars) {
        return calendars.forSetting(settingId);
    }

    /** Axon's clock, which stamps the events: a deadline is counted from its starting event's time. */
    static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    IncidentId id() {
        return incidentId;
    }

    IncidentState state() {
        return state;
    }

    boolean isOnCase(PersonId personId) {
        return people.contains(personId);
    }

    /** The person of the case with {@code personId}, or null. */
    Person person(PersonId personId) {
        return people.get(personId);
    }

    String settingId() {
        return settingId;
    }

    /** Sent to another setting of the trust (decision 0055): its leads and calendar from now on, and no owner yet. */
    void movedTo(String toSettingId) {
        settingId = toSettingId;
        ownerId = null;
        deadlines.identify(incidentId.value(), toSettingId, null);
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
        if (command.getMetaData().get(Meta.ACTOR) instanceof String actor && people.isConflicted(actor)) {
            throw new SubjectOfCaseException();
        }
    }

    /**
     * A case whose personal content was destroyed accepts nothing more (decision 0052), but the reference the start-up
     * gives a case logged before references (decision 0038): a name, not content, and a refused one would stop the start.
     */
    @CommandHandlerInterceptor
    void refuseOnceErased(CommandMessage<?> command) {
        if (!(command.getPayload() instanceof AssignIncidentReference)) {
            retention.refuseIfErased();
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
        if (chosen != AllegationRoute.NONE && !people.hasWorkforceSubject()) {
            throw ROUTE_NEEDS_WORKFORCE_SUBJECT.violation();
        }
        // an owner who has become a subject keeps nothing by default: whoever triages takes the case
        String current = ownerId == null || people.isConflicted(ownerId) ? actor : ownerId;
        String owner = command.ownerId() == null || command.ownerId().isBlank() ? current : command.ownerId();
        if (people.isConflicted(owner)) {
            throw TRIAGE_OWNER_IS_A_SUBJECT.violation(owner);
        }
        // the harm-threshold decision starts the LADO clock once; a later triage that keeps the route decides nothing new
        boolean ladoClockStarts = chosen == AllegationRoute.HARM_THRESHOLD && route != AllegationRoute.HARM_THRESHOLD
                && !escalations.referredToLado();
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
        if (people.isConflicted(command.ownerId())) {
            throw OWNER_IS_A_SUBJECT.violation(command.ownerId());
        }
        if (Objects.equals(command.ownerId(), ownerId)) {
            throw ALREADY_THE_OWNER.violation(ownerId);
        }
        apply(new IncidentAssigned(incidentId, command.ownerId(), command.reason()));
    }

    @CommandHandler
    void handle(RecordContentAction command) {
        IncidentTransitions.check(command, state);
        apply(new ContentActionRecorded(incidentId, command.actionId(), command.action(), command.reference(),
                command.note()));
        imageConsent.contentActed(command.action()); // meets the image removal deadline (issue 18)
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
        EvidenceFile file = command.file();
        if (file != null && (file.name() == null || file.name().isBlank() || file.size() < 1
                || file.contentType() == null || file.contentType().isBlank())) {
            throw EVIDENCE_FILE_DESCRIBED.violation();
        }
        DateWindow.require("capturedAt", command.capturedAt());
        apply(new EvidenceRecorded(incidentId, command.evidenceId(), command.description(), command.sha256(),
                command.capturedAt(), command.url(), file));
    }

    @CommandHandler
    void handle(CloseIncident command, RetentionSchedule schedule, WorkingCalendars calendars,
                DeadlineManager deadlineManager) {
        IncidentTransitions.check(command, state);
        if (route == AllegationRoute.HARM_THRESHOLD && !escalations.referredToLado()) {
            throw HARM_THRESHOLD_NEEDS_LADO_REFERRAL.violation();
        }
        apply(new IncidentClosed(incidentId, command.outcome(), command.rationale()));
        deadlines.meet(FIRST_RESPONSE, ONLY);
        // what the case still awaited (an agency's acknowledgement, a warning's response) is settled with the
        // closing reason, so no deadline of a closed case is missed afterwards (decision 0044)
        deadlines.cancelAll(settledByClosing(command));
        retention.scheduleReview(route, schedule, calendars, deadlineManager); // decision 0052
    }

    /** The reason a deadline still pending when the case closes is settled: the outcome and the rationale. */
    static String settledByClosing(CloseIncident command) {
        String outcome = command.outcome() == null ? "no outcome"
                : command.outcome().name().toLowerCase(java.util.Locale.UK).replace('_', ' ');
        return DeadlineCancelled.SETTLED_BY_CLOSING + " (" + outcome + ")"
                + (command.rationale() == null || command.rationale().isBlank() ? "." : ": " + command.rationale().strip());
    }

    @CommandHandler
    void handle(ReopenIncident command) {
        IncidentTransitions.check(command, state);
        apply(new IncidentReopened(incidentId, command.reason()));
        retention.cancelReview(REOPENED); // its retention starts again when it closes again
    }

    /** Why a reopened case's retention review is cancelled. */
    static final String REOPENED = "The case was reopened; its retention review is set again when it closes.";

    /**
     * A deadline's time has come. A warning left unanswered is recorded as NO_RESPONSE (a business fact) before
     * the deadline is missed (a closed case has none pending: its close settled them); anything met in the meantime is no longer pending.
     */
    @DeadlineHandler(deadlineName = CaseDeadlines.DEADLINE_NAME)
    void deadlineReached(String deadlineId) {
        deadlines.pending(deadlineId).filter(due -> due.kind() == WARNING_RESPONSE).ifPresent(due ->
                apply(new WarningResponseRecorded(incidentId, WarningId.of(due.key()), WarningResponse.NO_RESPONSE,
                        "No response was recorded by the due date.")));
        deadlines.end(deadlineId);
    }

    @CommandHandler
    void handle(AssignIncidentReference command, CaseReferences references) {
        IncidentTransitions.check(command, state);
        references.forOldCase(reference, settingId, loggedAt).ifPresent(given -> apply(new IncidentReferenceAssigned(incidentId, given)));
    }

    @EventSourcingHandler
    void on(IncidentLogged event, @Timestamp Instant at) {
        incidentId = event.incidentId();
        settingId = event.settingId();
        reference = event.reference();
        loggedAt = at;
        deadlines.identify(event.incidentId().value(), event.settingId(), null);
        state = IncidentState.NEW;
        route = AllegationRoute.NONE;
    }

    @EventSourcingHandler
    void on(IncidentReferenceAssigned event) {
        reference = event.reference();
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
    void on(IncidentClosed event) {
        state = IncidentState.CLOSED;
    }

    @EventSourcingHandler
    void on(IncidentReopened event) {
        // only a triaged case can be closed, so a reopened case is open and triaged
        state = IncidentState.TRIAGED;
    }
}
