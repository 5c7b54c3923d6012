package uk.tidemark.app.web.register.accounts;

import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.page.CaseActions;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.kernel.officialaccount.AccountRole;
import uk.tidemark.kernel.officialaccount.OfficialAccountTransitionTable;
import uk.tidemark.kernel.officialaccount.query.OfficialAccountView;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The actions of an official account as its page offers them: those its transition table allows, and the user may take. */
final class AccountActions {

    static final String APPROVE = "approval";
    static final String REFUSE = "refusal";
    static final String ADD_PERSON = "people";
    static final String LEAD = "lead";
    static final String CREDENTIALS = "credentials-location";
    static final String PASSWORD = "password-change";
    static final String REVIEW = "review";
    static final String CLOSE = "close";
    static final String INCIDENT = "incidents";

    static final CaseActions ACTIONS = CaseActions.of(List.of(OfficialAccountController.class,
                    AccountIncidentController.class), OfficialAccountController.ROOT + "/{id}",
            "/registers/official-accounts/{id}", OfficialAccountTransitionTable.rows().stream()
                    .<Class<?>>map(OfficialAccountTransitionTable.Row::command).toList());

    static final List<String> ALL = ACTIONS.names();
    static final Map<String, Map<String, String>> LABELS = ACTIONS.labels();

    static final Map<String, String> REQUEST_LABELS = Map.of("settingId", "Setting", "platform", "Platform",
            "handle", "Handle (the account's name on the platform)", "address", "Address (the link to the account)",
            "purpose", "What the account is for", "audience", "Who it is for",
            "leadUsername", "The lead's Tidemark username (who will run it)",
            "credentialsKeptAt", "Where the credentials will be kept (never the password itself)");

    private AccountActions() {
    }

    /** The account-wide actions offered now: allowed by the table, decisions to headteachers who did not ask. */
    static Set<String> available(OfficialAccountView a, TidemarkUser user, boolean caseWorker) {
        Set<String> open = ACTIONS.offered(command -> OfficialAccountTransitionTable.allows(command, a.status()));
        open.removeIf(action -> action.contains("{"));
        boolean decider = caseWorker && user.hasRole(Role.HEADTEACHER) && !user.getUsername().equals(a.requestedBy());
        if (!decider) {
            open.remove(APPROVE);
            open.remove(REFUSE);
        }
        if (a.lead() != null) {
            open.remove(LEAD);
        }
        if (!caseWorker) {
            open.remove(INCIDENT); // naming an incident is a case worker's
        }
        return open;
    }

    /** Whether the per-person forms (DBS check, removal) are offered: while the account takes changes. */
    static boolean peopleOpen(OfficialAccountView a) {
        return !a.status().isFinished();
    }

    static List<Choice> roles() {
        return List.of(new Choice(AccountRole.MODERATOR.name(), "Moderator"),
                new Choice(AccountRole.ADMINISTRATOR.name(), "Administrator"));
    }
}
