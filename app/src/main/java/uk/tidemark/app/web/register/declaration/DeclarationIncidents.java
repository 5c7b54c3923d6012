package uk.tidemark.app.web.register.declaration;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.kernel.declaration.ContactFrom;
import uk.tidemark.kernel.declaration.DeclarationId;
import uk.tidemark.kernel.declaration.DeclarationState;
import uk.tidemark.kernel.declaration.DeclarationTransitionTable;
import uk.tidemark.kernel.declaration.command.RecordDeclarationIncident;
import uk.tidemark.kernel.declaration.query.DeclarationView;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.command.LogIncident;
import uk.tidemark.kernel.time.WrittenDates;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Turns a declared contact into an incident in one action, through the incident's own command: category
 * inappropriate contact, logged by the safeguarding lead who acts (the reporter of an incident is always the
 * signed-in user), the declarer named as the one contacted and the person who made contact as its subject. The
 * incident's id comes from the declaration's, so a repeat (or a retry after a failure between the two commands) logs
 * no second incident; the declaration then records it once, and refuses a second time (409).
 */
@Component
class DeclarationIncidents {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CaseCommands commands;
    private final EventStore events;

    DeclarationIncidents(CaseCommands commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    IncidentId log(TidemarkUser user, DeclarationView d) {
        DeclarationState state = d.state();
        DeclarationTransitionTable.refusal(RecordDeclarationIncident.class, state).ifPresent(sentence -> {
            throw new RefusedCommandException(sentence);
        });
        if (user.getUsername().equals(d.declaredBy())) {
            throw new RefusedCommandException("You made this declaration; someone else must deal with it.");
        }
        IncidentId id = IncidentId.of(UUID.nameUUIDFromBytes(("declaration-incident:" + d.declarationId())
                .getBytes(StandardCharsets.UTF_8)).toString());
        if (!events.readEvents(id.value(), 0).hasNext()) {
            var c = d.contact();
            List<Person> people = List.of(
                    new Person(PersonId.random(), d.declarerName(), PersonRole.STAFF, Involvement.TARGET,
                            d.declaredBy()),
                    new Person(PersonId.random(), c.name(), roleOf(c.from()), Involvement.SUBJECT));
            commands.send(new LogIncident(id, d.settingId(), Category.INAPPROPRIATE_CONTACT, c.platform(),
                    c.on().atStartOfDay(UK).toInstant(), summary(d), List.of(), people, false), null);
        }
        commands.send(new RecordDeclarationIncident(DeclarationId.of(d.declarationId()), id), null);
        return id;
    }

    static String summary(DeclarationView d) {
        var c = d.contact();
        return "Declared by " + d.declarerName() + ": " + DeclarationWords.contactKind(c.kind()) + " from "
                + DeclarationWords.from(c.from()) + " (" + c.name() + ") on " + DeclarationWords.platform(c.platform())
                + " on " + WrittenDates.day(c.on()) + ". What they did: " + c.response();
    }

    private static PersonRole roleOf(ContactFrom from) {
        return switch (from) {
            case PUPIL -> PersonRole.PUPIL;
            case PARENT -> PersonRole.PARENT_CARER;
            case EX_PUPIL -> PersonRole.MEMBER_OF_PUBLIC;
        };
    }
}
