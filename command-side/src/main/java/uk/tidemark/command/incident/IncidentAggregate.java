package uk.tidemark.command.incident;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import uk.tidemark.command.versioning.VersioningConfig;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.command.*;
import uk.tidemark.kernel.incident.event.*;

import java.util.*;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.incident.IncidentRule.*;

/**
 * An online-safety incident case. Every handler asks {@link IncidentTransitions} first, then checks its own
 * rules ({@link IncidentRule}), then applies; the event-sourcing handlers only remember what later rules need.
 */
@Aggregate(commandTargetResolver = VersioningConfig.TARGET_RESOLVER, cache = "incidentCache")
class IncidentAggregate {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    @AggregateIdentifier
    private IncidentId incidentId;
    private CaseState state;
    private String ownerId;
    private AllegationRoute route;
    private final Map<PersonId, Person> people = new HashMap<>();
    private final Set<WarningId> warnings = new HashSet<>();
    private final Set<WarningId> answeredWarnings = new HashSet<>();
    private boolean escalatedToPolice;
    private boolean referredToLado;

    IncidentAggregate() {
        // for Axon, which rebuilds the case from its events
    }

    @CommandHandler
    IncidentAggregate(LogIncident command, @MetaDataValue(value = Meta.ACTOR, required = true) String actor) {
        requireActor(actor);
        apply(new IncidentLogged(command.incidentId(), command.settingId(), command.category(), command.platform(),
                command.occurredAt(), command.summary(), command.links(), command.people(),
                command.immediateRisk(), actor));
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

    @CommandHandler
    void handle(TriageIncident command, @MetaDataValue(value = Meta.ACTOR, required = true) String actor) {
        IncidentTransitions.check(command, state);
        AllegationRoute chosen = command.allegationRoute() == null ? route : command.allegationRoute();
        if (route == AllegationRoute.HARM_THRESHOLD && chosen != AllegationRoute.HARM_THRESHOLD) {
            throw HARM_THRESHOLD_CANNOT_BE_LOWERED.violation();
        }
        if (chosen != AllegationRoute.NONE && !hasWorkforceSubject()) {
            throw ROUTE_NEEDS_WORKFORCE_SUBJECT.violation();
        }
        String owner = isBlank(command.ownerId()) ? Objects.requireNonNullElse(ownerId, actor) : command.ownerId();
        apply(new IncidentTriaged(incidentId, command.severity(), command.reason(), owner, chosen));
    }

    @CommandHandler
    void handle(AssignIncident command) {
        IncidentTransitions.check(command, state);
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
        apply(new EvidenceRecorded(incidentId, command.evidenceId(), command.description(), command.sha256(),
                command.capturedAt(), command.url()));
    }

    @CommandHandler
    void handle(IssueWarning command) {
        IncidentTransitions.check(command, state);
        if (warnings.contains(command.warningId())) {
            throw WARNING_ALREADY_RECORDED.violation();
        }
        if (!people.containsKey(command.personId())) {
            throw WARNING_NAMES_A_PERSON_ON_THE_CASE.violation();
        }
        apply(new WarningIssued(incidentId, command.warningId(), command.personId(), command.kind(),
                command.channel(), command.text(), command.responseDueBy()));
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
    void handle(ReferToAgency command) {
        IncidentTransitions.check(command, state);
        apply(new ReferredToAgency(incidentId, command.referralId(), command.agency(), command.reason(),
                command.reference()));
    }

    @CommandHandler
    void handle(CloseIncident command) {
        IncidentTransitions.check(command, state);
        if (route == AllegationRoute.HARM_THRESHOLD && !referredToLado) {
            throw HARM_THRESHOLD_NEEDS_LADO_REFERRAL.violation();
        }
        apply(new IncidentClosed(incidentId, command.outcome(), command.rationale()));
    }

    @CommandHandler
    void handle(ReopenIncident command) {
        IncidentTransitions.check(command, state);
        apply(new IncidentReopened(incidentId, command.reason()));
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
        state = CaseState.NEW;
        route = AllegationRoute.NONE;
        if (event.people() != null) {
            event.people().forEach(person -> people.put(person.personId(), person));
        }
    }

    @EventSourcingHandler
    void on(IncidentTriaged event) {
        state = CaseState.TRIAGED;
        ownerId = event.ownerId();
        route = event.allegationRoute();
    }

    @EventSourcingHandler
    void on(IncidentAssigned event) {
        ownerId = event.ownerId();
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
    }

    @EventSourcingHandler
    void on(IncidentClosed event) {
        state = CaseState.CLOSED;
    }

    @EventSourcingHandler
    void on(IncidentReopened event) {
        // only a triaged case can be closed, so a reopened case is open and triaged
        state = CaseState.TRIAGED;
    }
}
