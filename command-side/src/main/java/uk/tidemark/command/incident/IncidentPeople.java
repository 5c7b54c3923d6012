package uk.tidemark.command.incident;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import uk.tidemark.kernel.incident.Involvement;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.command.AddPersonToCase;
import uk.tidemark.kernel.incident.command.CorrectPerson;
import uk.tidemark.kernel.incident.command.LinkPersonToUser;
import uk.tidemark.kernel.incident.event.IncidentLogged;
import uk.tidemark.kernel.incident.event.PersonAddedToCase;
import uk.tidemark.kernel.incident.event.PersonCorrected;
import uk.tidemark.kernel.incident.event.PersonLinkedToUser;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.tidemark.command.incident.IncidentRule.*;

/**
 * The people an incident case names, and the users linked to them. A user linked to a SUBJECT has a conflict of
 * interest: they may neither act on nor own the case. A part of {@link IncidentAggregate} (an Axon aggregate
 * member): the case's transition table still decides first.
 */
class IncidentPeople {

    private final IncidentAggregate incident;
    private final Map<PersonId, Person> people = new HashMap<>();
    private final Set<String> conflicted = new HashSet<>();

    IncidentPeople(IncidentAggregate incident) {
        this.incident = incident;
    }

    /** The person of the case with {@code personId}, or null. */
    Person get(PersonId personId) {
        return people.get(personId);
    }

    boolean contains(PersonId personId) {
        return people.containsKey(personId);
    }

    /** Whether {@code username} is linked to a subject of the case. */
    boolean isConflicted(String username) {
        return username != null && conflicted.contains(username);
    }

    /** Whether a subject of the case is a member of the workforce: the only case an allegation route applies to. */
    boolean hasWorkforceSubject() {
        return people.values().stream()
                .anyMatch(p -> p.involvement() == Involvement.SUBJECT && p.role() != null && p.role().isWorkforce());
    }

    @CommandHandler
    void handle(LinkPersonToUser command) {
        IncidentTransitions.check(command, incident.state());
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
        apply(new PersonLinkedToUser(incident.id(), command.personId(), command.username().strip()));
    }

    @CommandHandler
    void handle(AddPersonToCase command) {
        IncidentTransitions.check(command, incident.state());
        IncidentReport.requireReason(command);
        Person person = command.person();
        if (person == null || person.personId() == null || isBlank(person.name()) || person.role() == null
                || person.involvement() == null) {
            throw PERSON_NEEDS_NAME_ROLE_AND_INVOLVEMENT.violation();
        }
        if (people.containsKey(person.personId())) {
            throw PERSON_ALREADY_ON_THE_CASE.violation();
        }
        apply(new PersonAddedToCase(incident.id(), new Person(person.personId(), person.name().strip(),
                person.role(), person.involvement(), isBlank(person.username()) ? null : person.username().strip()),
                command.reason().strip()));
    }

    @CommandHandler
    void handle(CorrectPerson command) {
        IncidentTransitions.check(command, incident.state());
        IncidentReport.requireReason(command);
        Person before = people.get(command.personId());
        if (before == null) {
            throw CORRECTION_NAMES_A_PERSON_ON_THE_CASE.violation();
        }
        Person after = new Person(before.personId(), isBlank(command.name()) ? before.name() : command.name().strip(),
                command.role() != null ? command.role() : before.role(),
                command.involvement() != null ? command.involvement() : before.involvement(), before.username());
        if (after.equals(before)) {
            throw CORRECTION_CHANGES_SOMETHING.violation();
        }
        apply(new PersonCorrected(incident.id(), before, after, command.reason().strip()));
    }

    @EventSourcingHandler
    void on(PersonAddedToCase event) {
        remember(event.person());
    }

    /** A user once a subject stays conflicted: a correction cannot undo a conflict of interest (as a link cannot). */
    @EventSourcingHandler
    void on(PersonCorrected event) {
        remember(event.after());
    }

    @EventSourcingHandler
    void on(IncidentLogged event) {
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

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
