package uk.tidemark.command.declaration;

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
import uk.tidemark.kernel.declaration.DeclarationId;
import uk.tidemark.kernel.declaration.DeclarationKind;
import uk.tidemark.kernel.declaration.DeclarationState;
import uk.tidemark.kernel.declaration.command.*;
import uk.tidemark.kernel.declaration.event.*;
import uk.tidemark.kernel.time.DateWindow;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.declaration.DeclarationRule.*;
import static uk.tidemark.kernel.deadline.DeadlineKind.DECLARATION_DECISION;

/**
 * A member of staff's declaration: a contact on a personal account, noted by a safeguarding lead or turned into an
 * incident; or an approval sought, decided by the headteacher within the decision timescale (a
 * DECLARATION_DECISION deadline, owned by the headteacher the command names). Every handler asks
 * {@link DeclarationTransitions} first, then its own rules ({@link DeclarationRule}); nobody deals with their own.
 */
@Aggregate(commandTargetResolver = VersioningConfig.TARGET_RESOLVER)
class DeclarationAggregate {

    private static final String ONLY = "1";

    @AggregateIdentifier
    private DeclarationId declarationId;
    private DeclarationState state;
    private String declaredBy;
    @AggregateMember
    private final CaseDeadlines deadlines = new CaseDeadlines(CaseType.DECLARATION);

    DeclarationAggregate() {
        // for Axon
    }

    @CommandHandler
    DeclarationAggregate(MakeDeclaration command, @MetaDataValue(value = Meta.ACTOR, required = true) String actor,
                         DeclarationTimescales timescales, WorkingCalendars calendars,
                         DeadlineManager deadlineManager) {
        requireActor(actor);
        boolean contact = command.kind() == DeclarationKind.CONTACT;
        if (command.kind() == null || contact != (command.contact() != null)
                || contact == (command.approval() != null)) {
            throw DETAILS_MATCH_THE_KIND.violation();
        }
        if (contact) {
            DateWindow.require("contact.on", command.contact().on());
            apply(new DeclarationMade(command.declarationId(), command.settingId(), actor, command.declarerName(),
                    command.kind(), command.contact(), null, null, null));
            return;
        }
        LocalDate decideBy = calendars.forSetting(command.settingId()).workingDaysAfter(today(),
                timescales.decisionDays());
        apply(new DeclarationMade(command.declarationId(), command.settingId(), actor, command.declarerName(),
                command.kind(), null, command.approval(), command.decidedBy(), decideBy));
        deadlines.identify(command.declarationId().value(), command.settingId(), command.decidedBy());
        deadlines.set(deadlineManager, DECLARATION_DECISION, ONLY, WorkingCalendar.endOf(decideBy));
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
    void handle(NoteDeclaration command, @MetaDataValue(Meta.ACTOR) String actor) {
        DeclarationTransitions.check(command, state);
        notTheDeclarer(actor);
        apply(new DeclarationNoted(declarationId, command.note()));
    }

    @CommandHandler
    void handle(RecordDeclarationIncident command, @MetaDataValue(Meta.ACTOR) String actor) {
        DeclarationTransitions.check(command, state);
        notTheDeclarer(actor);
        apply(new DeclarationIncidentLogged(declarationId, command.incidentId()));
    }

    @CommandHandler
    void handle(DecideDeclaration command, @MetaDataValue(Meta.ACTOR) String actor) {
        DeclarationTransitions.check(command, state);
        notTheDeclarer(actor);
        if (command.reasons() == null || command.reasons().isBlank()) {
            throw REASONS_FOR_A_REFUSAL.violation();
        }
        apply(new DeclarationDecided(declarationId, command.approved(), command.reasons()));
        deadlines.meet(DECLARATION_DECISION, ONLY);
    }

    @DeadlineHandler(deadlineName = CaseDeadlines.DEADLINE_NAME)
    void deadlineReached(String deadlineId) {
        deadlines.end(deadlineId);
    }

    private void notTheDeclarer(String actor) {
        if (actor != null && actor.equals(declaredBy)) {
            throw NOT_BY_THE_DECLARER.violation();
        }
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), WorkingCalendar.UK);
    }

    @EventSourcingHandler
    void on(DeclarationMade event) {
        declarationId = event.declarationId();
        declaredBy = event.declaredBy();
        deadlines.identify(event.declarationId().value(), event.settingId(), event.decidedBy());
        state = event.kind() == DeclarationKind.CONTACT ? DeclarationState.DECLARED
                : DeclarationState.AWAITING_DECISION;
    }

    @EventSourcingHandler
    void on(DeclarationNoted event) {
        state = DeclarationState.NOTED;
    }

    @EventSourcingHandler
    void on(DeclarationIncidentLogged event) {
        state = DeclarationState.INCIDENT_LOGGED;
    }

    @EventSourcingHandler
    void on(DeclarationDecided event) {
        state = event.approved() ? DeclarationState.APPROVED : DeclarationState.REFUSED;
    }
}
