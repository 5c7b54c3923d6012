package uk.tidemark.app.web.person;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.access.ConflictOfInterest;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.query.FindPeople;
import uk.tidemark.kernel.incident.query.FindPersonChronology;
import uk.tidemark.kernel.incident.query.PersonMatch;
import uk.tidemark.kernel.incident.query.PersonChronology;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person as the user may see them: only the cases of the user's settings that the user is not a subject of.
 * Empty when no such case names the person, which callers answer as they would an unknown id.
 */
@Component
public class People {

    private final QueryGateway queries;
    private final AccessScope scope;
    private final ConflictOfInterest conflicts;

    People(QueryGateway queries, AccessScope scope, ConflictOfInterest conflicts) {
        this.queries = queries;
        this.scope = scope;
        this.conflicts = conflicts;
    }

    /**
     * People of the user's settings whose name contains {@code text} (case and accents aside), with how many of the
     * user's cases name them: none the user is a subject of. Empty for anyone who is not a case worker.
     */
    public List<PersonMatch> named(TidemarkUser user, String text, int limit) {
        if (!AccessScope.isCaseWorker(user) || text == null || text.isBlank()) {
            return List.of();
        }
        return queries.query(new FindPeople(text, scope.settingIdsOf(user), conflicts.hiddenFrom(user).incidentIds(),
                limit), ResponseTypes.multipleInstancesOf(PersonMatch.class)).join();
    }

    public Optional<PersonChronology> visibleTo(TidemarkUser user, String personId) {
        if (!AccessScope.isCaseWorker(user) || personId == null || personId.isBlank()) {
            return Optional.empty();
        }
        Optional<PersonChronology> found = queries.query(
                new FindPersonChronology(PersonId.of(personId.strip()), scope.settingIdsOf(user)),
                ResponseTypes.optionalInstanceOf(PersonChronology.class)).join();
        if (found.isEmpty()) {
            return found;
        }
        Set<String> hidden = conflicts.hiddenFrom(user).incidentIds();
        PersonChronology p = found.get();
        PersonChronology visible = new PersonChronology(p.personId(), p.name(),
                p.cases().stream().filter(c -> !hidden.contains(c.incidentId())).toList(),
                p.entries().stream().filter(e -> !hidden.contains(e.incidentId())).toList());
        return visible.cases().isEmpty() ? Optional.empty() : Optional.of(visible);
    }
}
