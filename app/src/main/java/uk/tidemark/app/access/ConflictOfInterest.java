package uk.tidemark.app.access;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.incident.query.ConflictedCases;
import uk.tidemark.kernel.incident.query.ConflictedUsers;
import uk.tidemark.kernel.incident.query.FindConflictedCases;
import uk.tidemark.kernel.incident.query.FindConflictedUsers;
import uk.tidemark.app.account.TidemarkUser;

import java.util.Collection;

/**
 * The conflict-of-interest rule, asked in one place: a user linked to a SUBJECT of an incident never sees it, nor
 * the disciplinary cases and complaints opened from it, anywhere (lists, pages, chronologies, counts, deadlines,
 * notifications), and cannot act on them. The read model keeps who is a subject of what; the incident aggregate
 * refuses a subject's commands again, for the moment after a link before the read model has it.
 */
@Component
public class ConflictOfInterest {

    private final QueryGateway queries;

    public ConflictOfInterest(QueryGateway queries) {
        this.queries = queries;
    }

    /** The cases hidden from the user because they are a subject of them (or of the incident they came from). */
    public ConflictedCases hiddenFrom(TidemarkUser user) {
        return queries.query(new FindConflictedCases(user.getUsername()),
                ResponseTypes.instanceOf(ConflictedCases.class)).join();
    }

    /** The users who are subjects of the case, or of the incident it was opened from. */
    public ConflictedUsers subjectsOf(String caseId) {
        if (caseId == null || caseId.isBlank()) {
            return new ConflictedUsers(null);
        }
        return queries.query(new FindConflictedUsers(caseId), ResponseTypes.instanceOf(ConflictedUsers.class)).join();
    }

    /**
     * Whether the user is a subject of the case. {@code knownSubjects} are those the caller already holds (the
     * ones named when an incident was logged, read from the event store, which the read model may not have yet).
     */
    public boolean isSubject(TidemarkUser user, String caseId, Collection<String> knownSubjects) {
        String username = user.getUsername();
        return knownSubjects != null && knownSubjects.contains(username) || subjectsOf(caseId).contains(username);
    }
}
