package uk.tidemark.app.web.person;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.kernel.person.FindOnRoster;
import uk.tidemark.kernel.person.FindRosterPeople;
import uk.tidemark.kernel.person.FindWhetherRostered;
import uk.tidemark.kernel.person.RosterMatch;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The settings' rosters as a person who reports may see them: the pupils and staff of their own settings, names and
 * year or class only, never anything of a case. For the report form's "pick from the school list" and for checking
 * that a person a report names by id is one of the case's setting.
 */
@Component
public class Rosters {

    private final QueryGateway queries;
    private final AccessScope scope;

    Rosters(QueryGateway queries, AccessScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    /** People on the rosters of the user's settings (or of {@code settingId} alone, if theirs) by name; no leavers. */
    public List<RosterMatch> named(TidemarkUser user, String settingId, String text, int limit) {
        if (!AccessScope.mayLog(user) || text == null || text.strip().length() < 2) {
            return List.of();
        }
        Set<String> settings = scope.settingIdsOf(user);
        if (settingId != null && !settingId.isBlank()) {
            settings = settings.contains(settingId.strip()) ? Set.of(settingId.strip()) : Set.of();
        }
        if (settings.isEmpty()) {
            return List.of();
        }
        return queries.query(new FindOnRoster(text, settings, false, limit),
                ResponseTypes.multipleInstancesOf(RosterMatch.class)).join();
    }

    /** Whether any of the user's settings has a roster to pick people from. */
    public boolean anyFor(TidemarkUser user) {
        Set<String> settings = scope.settingIdsOf(user);
        return !settings.isEmpty() && Boolean.TRUE.equals(queries.query(new FindWhetherRostered(settings),
                ResponseTypes.instanceOf(Boolean.class)).join());
    }

    /** The person of this id on the roster of {@code settingId} (left or not), if there is one. */
    public Optional<RosterMatch> onRosterOf(String settingId, String personId) {
        if (settingId == null || personId == null || personId.isBlank()) {
            return Optional.empty();
        }
        return queries.query(new FindRosterPeople(Set.of(personId.strip())),
                        ResponseTypes.multipleInstancesOf(RosterMatch.class)).join().stream()
                .filter(m -> m.settingId().equals(settingId)).findFirst();
    }

    /** The person of this id on the roster of any of the user's settings, if there is one. */
    public Optional<RosterMatch> onRosterOf(TidemarkUser user, String personId) {
        if (personId == null || personId.isBlank()) {
            return Optional.empty();
        }
        Set<String> settings = scope.settingIdsOf(user);
        return queries.query(new FindRosterPeople(Set.of(personId.strip())),
                        ResponseTypes.multipleInstancesOf(RosterMatch.class)).join().stream()
                .filter(m -> settings.contains(m.settingId())).findFirst();
    }
}
