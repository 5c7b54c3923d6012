package uk.tidemark.app.web.incident;

import org.springframework.stereotype.Component;
import uk.tidemark.app.access.IncidentAccess;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.origin.CaseLocator.CaseOrigin;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.web.cases.IfMatch;

import java.util.UUID;
import java.util.function.Function;

/**
 * How every action on an incident is sent, for {@link IncidentActionController} and
 * {@link IncidentEscalationController} alike: the If-Match read first (a bad header is a 400 whether or not the case
 * exists), then the user's right to act on the case (404, or 403 for its reporter), then the command with the version.
 */
@Component
class IncidentActing {

    /** What an action that creates a record answers: the id the API gave it (201). */
    record RecordCreated(String id) {
    }

    private final IncidentAccess access;
    private final CaseCommands commands;

    IncidentActing(IncidentAccess access, CaseCommands commands) {
        this.access = access;
        this.commands = commands;
    }

    void send(TidemarkUser user, String id, String ifMatch, Function<CaseOrigin, Object> command) {
        Long expectedVersion = IfMatch.parse(ifMatch);
        send(access.requireActionable(user, id), expectedVersion, command);
    }

    /**
     * As {@link #send}, for evidence and notes, which the case's reporter may add as well (to their own report:
     * more information, more files).
     */
    void sendEvidence(TidemarkUser user, String id, String ifMatch, Function<CaseOrigin, Object> command) {
        Long expectedVersion = IfMatch.parse(ifMatch);
        send(access.requireEvidenceContributor(user, id), expectedVersion, command);
    }

    private void send(CaseOrigin origin, Long expectedVersion, Function<CaseOrigin, Object> command) {
        commands.send(command.apply(origin), expectedVersion);
    }

    /** The id of a record an action creates: never the client's. */
    static String newId() {
        return UUID.randomUUID().toString();
    }
}
