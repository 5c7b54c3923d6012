package uk.tidemark.app.web.incident;

import org.springframework.stereotype.Component;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.web.person.People;
import uk.tidemark.app.web.person.Rosters;
import uk.tidemark.app.web.validation.Limits;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.incident.query.PersonChronology;
import uk.tidemark.kernel.person.RosterMatch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The people a new report names, as {@code POST /api/incidents} takes them: new, already known, or on the roster. */
@Component
class ReportedPeople {

    private final People people;
    private final Rosters rosters;

    ReportedPeople(People people, Rosters rosters) {
        this.people = people;
        this.rosters = rosters;
    }

    /**
     * The people of the report. A new person needs a name and a role. A person named by id must be one the user can
     * already see on a case (a safeguarding lead's "same person as on that case"; a merged record is named by its
     * survivor's id), or one on the roster of the case's setting (picked from the school list, as a reporter who sees
     * no case may); named once per case. Their name and role, when left out, are the roster's or their latest case's.
     */
    List<Person> of(TidemarkUser user, String settingId, List<LogIncidentRequest.PersonRequest> named,
                    List<FieldProblem> errors) {
        List<Person> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < named.size(); i++) {
            LogIncidentRequest.PersonRequest person = named.get(i);
            if (person == null) {
                continue;
            }
            String at = "people[" + i + "].";
            String personId = blankToNull(person.personId());
            String name = blankToNull(person.name());
            PersonRole role = person.role();
            if (personId == null) {
                if (name == null) {
                    errors.add(new FieldProblem(at + "name", Limits.REQUIRED));
                }
                if (role == null) {
                    errors.add(new FieldProblem(at + "role", Limits.REQUIRED));
                }
                personId = PersonId.random().value();
            } else {
                Optional<PersonChronology> onCases = people.visibleTo(user, personId);
                Optional<RosterMatch> listed = onCases.isPresent() ? Optional.empty()
                        : rosters.onRosterOf(settingId, personId);
                if (onCases.isEmpty() && listed.isEmpty()) {
                    errors.add(new FieldProblem(at + "personId", "is not a person on any case you can see, nor on "
                            + "the setting's roster."));
                    continue;
                }
                if (onCases.isPresent()) {
                    PersonChronology known = onCases.get();
                    personId = known.personId();
                    name = name != null ? name : known.name();
                    role = role != null ? role : known.cases().get(known.cases().size() - 1).role();
                } else {
                    name = listed.get().name(); // as the school lists them
                    role = role != null ? role : listed.get().role();
                }
                if (!seen.add(personId)) {
                    errors.add(new FieldProblem(at + "personId", "names the same person twice."));
                }
            }
            if (person.involvement() != null && name != null && role != null) {
                found.add(new Person(PersonId.of(personId), name.strip(), role, person.involvement(),
                        blankToNull(person.username())));
            }
        }
        return found;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
