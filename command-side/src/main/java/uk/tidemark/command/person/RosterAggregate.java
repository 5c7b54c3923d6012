package uk.tidemark.command.person;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.person.ImportRoster;
import uk.tidemark.kernel.person.PersonJoinedRoster;
import uk.tidemark.kernel.person.PersonLeftRoster;
import uk.tidemark.kernel.person.RosterEntry;
import uk.tidemark.kernel.person.RosterId;
import uk.tidemark.kernel.person.RosterImportResult;
import uk.tidemark.kernel.person.RosterPersonChanged;
import uk.tidemark.kernel.person.RosterSummary;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A setting's list of people as its MIS exports it (issue 15): who is on it now, by MIS id, and who has left. An
 * import says only what changed, so the same file imported twice records nothing the second time; a person of the
 * roles the file covers who is not in it is marked as left, never removed (cases name them). A person keeps the
 * person id {@link RosterId#personIdOf} gives, leaving and coming back included.
 */
@Aggregate
class RosterAggregate {

    static final String EMPTY = "The file lists nobody: nothing was changed. Export the list again from your MIS.";
    static final String NO_ROLES = "Say whether the file lists pupils, staff or both.";
    static final String TWICE = "The file lists the same MIS id twice: %s. Each person must be on it once.";
    static final String INCOMPLETE = "Every person on the list needs an MIS id, a name and a role.";
    static final String OUTSIDE_ROLES = "The file lists a person whose role it does not cover: %s.";
    static final String NEEDS_AN_ACTOR = "This cannot be recorded without knowing who is making the change; sign in "
            + "and try again.";

    @AggregateIdentifier
    private RosterId rosterId;
    private final Map<String, Entry> byMisId = new LinkedHashMap<>();
    private final Map<PersonId, String> misIdOf = new LinkedHashMap<>();

    private record Entry(PersonId personId, String name, PersonRole role, String group, boolean left) {
        boolean sameAs(RosterEntry listed) {
            return !left && name.equals(listed.name()) && role == listed.role()
                    && Objects.equals(group, listed.group());
        }
    }

    RosterAggregate() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    RosterImportResult handle(ImportRoster command, @MetaDataValue(Meta.ACTOR) String actor) {
        if (actor == null || actor.isBlank()) {
            throw new RefusedCommandException(NEEDS_AN_ACTOR);
        }
        if (command.entries() == null || command.entries().isEmpty()) {
            throw new RefusedCommandException(EMPTY);
        }
        if (command.roles() == null || command.roles().isEmpty()) {
            throw new RefusedCommandException(NO_ROLES);
        }
        Set<String> listed = new HashSet<>();
        for (RosterEntry entry : command.entries()) {
            if (entry == null || blank(entry.misId()) || blank(entry.name()) || entry.role() == null) {
                throw new RefusedCommandException(INCOMPLETE);
            }
            if (!listed.add(entry.misId())) {
                throw new RefusedCommandException(TWICE.formatted(entry.misId()));
            }
            if (!command.roles().contains(entry.role())) {
                throw new RefusedCommandException(OUTSIDE_ROLES.formatted(entry.misId()));
            }
        }
        RosterId id = command.rosterId();
        int joined = 0;
        int changed = 0;
        int unchanged = 0;
        for (RosterEntry entry : command.entries()) {
            Entry known = byMisId.get(entry.misId());
            if (known == null || known.left()) {
                PersonId personId = known == null ? id.personIdOf(entry.misId()) : known.personId();
                apply(new PersonJoinedRoster(id, personId, entry.misId(), entry.name(), entry.role(), entry.group()));
                joined++;
            } else if (!known.sameAs(entry)) {
                apply(new RosterPersonChanged(id, known.personId(), entry.name(), entry.role(), entry.group()));
                changed++;
            } else {
                unchanged++;
            }
        }
        int left = 0;
        for (String misId : java.util.List.copyOf(byMisId.keySet())) { // in the order they joined
            Entry person = byMisId.get(misId);
            if (!person.left() && command.roles().contains(person.role()) && !listed.contains(misId)) {
                apply(new PersonLeftRoster(id, person.personId()));
                left++;
            }
        }
        return new RosterImportResult(joined, changed, left, unchanged, summary());
    }

    private RosterSummary summary() {
        int pupils = 0;
        int staff = 0;
        int others = 0;
        int left = 0;
        for (Entry person : byMisId.values()) {
            if (person.left()) {
                left++;
            } else if (person.role() == PersonRole.PUPIL) {
                pupils++;
            } else if (person.role() == PersonRole.STAFF) {
                staff++;
            } else {
                others++;
            }
        }
        return new RosterSummary(rosterId.settingId(), pupils, staff, others, left);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @EventSourcingHandler
    void on(PersonJoinedRoster event) {
        rosterId = event.rosterId();
        byMisId.put(event.misId(), new Entry(event.personId(), event.name(), event.role(), event.group(), false));
        misIdOf.put(event.personId(), event.misId());
    }

    @EventSourcingHandler
    void on(RosterPersonChanged event) {
        String misId = misIdOf.get(event.personId());
        byMisId.put(misId, new Entry(event.personId(), event.name(), event.role(), event.group(), false));
    }

    @EventSourcingHandler
    void on(PersonLeftRoster event) {
        String misId = misIdOf.get(event.personId());
        Entry was = byMisId.get(misId);
        byMisId.put(misId, new Entry(was.personId(), was.name(), was.role(), was.group(), true));
    }
}
