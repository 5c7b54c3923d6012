package uk.tidemark.app.web.register.accounts;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.app.web.disciplinary.HrFormat;
import uk.tidemark.kernel.officialaccount.query.FindOfficialAccounts;
import uk.tidemark.kernel.officialaccount.query.OfficialAccountView;

import java.util.List;
import java.util.Set;

/**
 * The official accounts an incident case was named on (issue 18: "an incident can name the official account it
 * happened on"), for the case page: each account's platform and handle, to link to its page. Only the accounts of
 * the case's own setting can name it, so only they are read; the page is the case workers', who may work on them.
 */
@Component("officialAccountNotes")
public class OfficialAccountNotes {

    /** An account the case happened on: its id for the link, and its platform and handle in words. */
    public record AccountNote(String id, String label) {
    }

    private final QueryGateway queries;
    private final HrFormat words;

    OfficialAccountNotes(QueryGateway queries, HrFormat words) {
        this.queries = queries;
        this.words = words;
    }

    public List<AccountNote> of(String settingId, String incidentId) {
        if (settingId == null || incidentId == null) {
            return List.of();
        }
        return queries.query(new FindOfficialAccounts(Set.of(settingId)),
                        ResponseTypes.multipleInstancesOf(OfficialAccountView.class)).join().stream()
                .filter(a -> a.incidentIds() != null && a.incidentIds().contains(incidentId))
                .map(a -> new AccountNote(a.id(), words.words(a.platform()) + " " + a.handle())).toList();
    }
}
